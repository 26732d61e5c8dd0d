/**
 * Which lines of a service's output also go to the terminal (all of them go
 * to its log file): pino's JSON lines at warn (40) and above, the Temporal
 * SDK's `[WARN]` and `[ERROR]` entries with the lines that continue them,
 * and anything else (a crash's stack trace). One filter per output stream:
 * it remembers whether the entry it is in was shown.
 */
export function terminalLines(): (line: string) => boolean {
  let showing = true;
  return (line) => {
    if (line.startsWith('{')) {
      try {
        const level = (JSON.parse(line) as { level?: unknown }).level;
        showing = typeof level !== 'number' || level >= 40;
      } catch {
        showing = true;
      }
      return showing;
    }
    const sdkEntry = /^\S+ \[(TRACE|DEBUG|INFO|WARN|ERROR)\]/.exec(line);
    if (sdkEntry) {
      showing = sdkEntry[1] === 'WARN' || sdkEntry[1] === 'ERROR';
      return showing;
    }
    // An indented line or a closing bracket continues the entry before it.
    if (/^(\s|[}\]])/.test(line)) return showing;
    showing = line.trim() !== '';
    return showing;
  };
}
