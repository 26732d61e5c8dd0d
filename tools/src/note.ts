/**
 * One line on stderr about what the local stack is doing, so that stdout stays
 * free for what a command is asked to print (paths, URLs, seed output).
 */
export function note(topic: string, message: string): void {
  process.stderr.write(`[${topic}] ${message}\n`);
}
