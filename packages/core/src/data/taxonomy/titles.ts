import { wordSet } from '../../text/lexicon.js';

/*
 * Titles and how they are denied: the knowledge behind analysis/sneering-titles.ts. Sources: the
 * Oxford English Dictionary on scare quotes ("used to indicate that a word is being used in a
 * special or ironic sense") and "so-called" ("used to show that one thinks a term inappropriate");
 * NHS England, "Roles in general practice"; GMC, Good medical practice 2024 (treating colleagues with
 * respect).
 */

/** The last word of a title or role: the head noun a scare-quoted title ends in. */
export const TITLE_HEADS = wordSet(`dr, doctor, doctors, gp, gps, nurse, nurses, consultant, consultants, director,
  directors, lead, leads, leader, leaders, manager, managers, expert, experts, specialist, specialists, ethicist,
  professional, professionals, practitioner, practitioners, clinician, clinicians, surgeon, surgeons, physician,
  physicians, partner, partners, guru, gurus, influencer, influencers, educator, educators, champion, champions,
  coach, advocate, scientist, scientists, researcher, professor, prof, medic, medics, colleague, colleagues, boss,
  chair, chief, head, officer, adviser, advisor, pharmacist, paramedic, therapist, trainer, mentor, supervisor,
  registrar, locum, receptionist, ambassador, journalist, reporter, campaigner, activist, genius, executive,
  executives`);

/** Words that deny a title before it: "so-called", "self-appointed", "self-styled", "self-proclaimed". */
export const DISOWNING = wordSet('so-called, self-appointed, self-styled, self-proclaimed, supposed, alleged');

/** Words that point at one person or team before a title ("the", "our", "a certain"). */
export const TITLE_USES = wordSet('the, our, your, their, his, her, my, this, that, certain, resident, local');

/**
 * Words that make a quoted title a title, not a jibe: the title as a noun ("the 'Dr' title"), a title
 * qualifying a noun ("the 'expert' panel", the 'lazy GPs' narrative), an appointment, a vacancy, a greeting or a question of meaning.
 */
export const NEUTRAL_TITLE_FRAMES = wordSet(`title, titles, role, roles, job, jobs, post, posts, label, labels, word,
  words, badge, status, position, positions, tag, prefix, vacancy, vacancies, scheme, programme, course, training,
  promoted, promotion, appointed, appointment, hired, hiring, recruit, recruiting, recruitment, applied, apply,
  application, congratulations, congrats, welcome, welcoming, award, awarded, shortlisted, nominated, called,
  named, known, mean, means, meaning, term, spelling, abbreviation, panel, group, committee, board, report, advice,
  opinion, opinions, view, views, review, evidence, narrative, narratives, story, stories, myth, myths, trope, tropes,
  rhetoric, argument, line, headline, headlines, comment, comments, remark, remarks, jibe, slur, slogan`);
