/** The register's name, in a module of its own for the browser's scripts (re-exported by `src/strings.ts`: import it from there). */
export const siteName = 'Politirådsavtaler';
