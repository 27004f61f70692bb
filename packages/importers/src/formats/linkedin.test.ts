import { describe, expect, it } from 'vitest';
import { ImportError } from '../types.js';
import { linkedinImporter } from './linkedin.js';
import { collect, fixtureDir, folderFiles, testSource } from './test-source.js';

describe('LinkedIn export', () => {
  const source = () => testSource(folderFiles(fixtureDir('linkedin')), { name: 'Basic_LinkedInDataExport.zip' });

  it('detects LinkedIn by its headers', async () => {
    expect(await linkedinImporter.detect(source())).toBe(true);
    expect(await linkedinImporter.detect(testSource({ 'messages.csv': 'id,text\n1,hi' }))).toBe(false);
  });

  it('reads shares (multi-line, doubled quotes), comments and messages', async () => {
    const items = await collect(linkedinImporter.items(source(), { timeZone: 'Europe/London' }));
    const shares = items.filter((i) => i.channel === 'public-post');
    expect(shares).toHaveLength(3);
    expect(shares[0]).toEqual({
      id: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7000000000000000001',
      platform: 'linkedin',
      channel: 'public-post',
      at: '2025-07-01T14:33:22+01:00',
      author: '',
      text: 'Proud of our practice team this week.\n\nAs one patient said, "you made my day" — thank you, all.\n#NHS #GeneralPractice',
      url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7000000000000000001',
    });
    expect(shares[1]).toMatchObject({ text: 'Simple one-line post, with a comma', at: '2025-01-15T09:00:00+00:00' });
    expect(shares[2]?.text).toBe('https://example.org/reshared');

    expect(items.find((i) => i.channel === 'comment')).toMatchObject({ text: 'Congratulations, well deserved!' });

    const messages = items.filter((i) => i.channel === 'direct-message' || i.channel === 'group-chat');
    expect(messages.map((m) => [m.channel, m.author, m.threadId, m.at, m.text])).toEqual([
      [
        'direct-message',
        'Recruiter Person',
        '2-AbCdEf==',
        '2025-03-01T08:00:00+00:00',
        'Locum role\nHi Zoe,\n\nAre you free for a locum role?',
      ],
      [
        'direct-message',
        'Zoe Synthetic',
        '2-AbCdEf==',
        '2025-03-01T09:30:00+00:00',
        'Thanks — not this month.\nMaybe in May.',
      ],
      ['group-chat', 'Zoe Synthetic', '2-GhIjKl==', '2025-04-01T13:00:00+01:00', 'Group message'],
    ]);
  });

  it('recognises a lone "Shares (1).csv" by its name and header, but leaves other CSVs to the generic importer', async () => {
    const shares = testSource({
      'Shares (1).csv':
        'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-01-15 09:00:00,https://x.example/1,"Renamed, still a share",,,MEMBER_NETWORK\n',
    });
    expect(await linkedinImporter.detect(shares)).toBe(true);
    expect((await collect(linkedinImporter.items(shares, {}))).map((i) => [i.channel, i.text])).toEqual([
      ['public-post', 'Renamed, still a share'],
    ]);
    const inbox = testSource({
      'messages-2.csv':
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n2-A==,,Ann,,Zoe,u1,2025-03-01 08:00:00 UTC,,Hello,INBOX\n',
    });
    expect((await collect(linkedinImporter.items(inbox, {}))).map((i) => [i.channel, i.author, i.text])).toEqual([
      ['direct-message', 'Ann', 'Hello'],
    ]);
    // Another CSV (even with LinkedIn's columns, which --text-field may then pick), or such a file among others, is not.
    expect(
      await linkedinImporter.detect(
        testSource({ 'posts.csv': 'Date,ShareLink,ShareCommentary\n2025-01-01 10:00:00,x,hello\n' }),
      ),
    ).toBe(false);
    expect(
      await linkedinImporter.detect(
        testSource({ 'Shares (1).csv': 'Date,ShareLink,ShareCommentary\n', 'notes.txt': 'x' }),
      ),
    ).toBe(false);
  });

  it('names the file when a CSV is truncated inside a quoted field', async () => {
    const src = testSource(
      { 'Shares.csv': 'Date,ShareLink,ShareCommentary\n2025-01-01 10:00:00,x,"cut off' },
      { name: 'li.zip' },
    );
    const error = await collect(linkedinImporter.items(src, {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^li\.zip\/Shares\.csv: a quoted field that starts on line 2 never ends/);
  });
});
