/**
 * The one error the importer throws: a message for an editor that names the
 * file, says what is wrong with it and how to go on. The command prints it
 * and writes nothing.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
