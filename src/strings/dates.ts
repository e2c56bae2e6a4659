/** Words of dates, in a module of their own for the browser's scripts (re-exported by `src/strings.ts`: import them from there). */

/** Month names, January first, as dates are written in the text ("11. juli 2019"). */
export const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const;
