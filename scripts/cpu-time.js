// Runs one command and writes the processor time (user + system) that it and every child it waited for used to
// the file named first: `node scripts/cpu-time.js <file> <command> [arguments…]`. scripts/test.js prints it
// beside each step's wall time, to show which steps wait (browsers, drivers) and which keep a core busy. Linux
// reads it from /proc (cutime and cstime, in USER_HZ, 100 a second); elsewhere the file says null.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [file, cmd, ...args] = process.argv.slice(2);
const result = spawnSync(cmd, args, { stdio: 'inherit' });
let cpu = null;
try {
  // Fields after the command's name: state is the 3rd field, cutime the 16th, cstime the 17th (proc(5)).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  cpu = (Number(fields[13]) + Number(fields[14])) / 100;
} catch {
  // not Linux
}
writeFileSync(file, JSON.stringify({ cpu, signal: result.signal }));
if (result.error) console.error(`${cmd}: ${result.error.message}`);
process.exit(result.status ?? 1);
