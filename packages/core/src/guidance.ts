/** The document every rule rests on; rules cite it by title and section, in our own words. */
export const GUIDANCE_TITLE = 'The pitfalls of social media usage and how to avoid them';
export const GUIDANCE_PUBLISHER = 'Londonwide LMCs, GP Support Team';
