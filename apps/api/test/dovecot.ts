import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from '../src/database/embedded-postgres.js';

/*
 * A throwaway IMAP server for tests: Debian's dovecot (`dovecot-imapd`, installed by .ci/run),
 * configured from a temp folder, plaintext auth against a passwd file, Maildir under the same
 * folder, listening on 127.0.0.1 only, on a free high port. Starts in well under a second.
 */

export interface TestDovecot {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** The server's log so far (auth failures, mailbox errors), for failing-test messages. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

// dovecot refuses to access mail as uid 0; "nobody" exists on every Debian system.
const MAIL_UID = 65534;

const dovecotBinary = (): string => {
  for (const candidate of ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('dovecot is not installed: apt-get install -y dovecot-imapd (.ci/run does it)');
};

const config = (dir: string, port: number): string => `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Answer a failed login at once (dovecot's growing per-address penalty still applies).
auth_failure_delay = 0
mail_location = maildir:~/Maildir
first_valid_uid = ${MAIL_UID}
first_valid_gid = ${MAIL_UID}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
  default_fields = uid=${MAIL_UID} gid=${MAIL_UID} home=${dir}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  inet_listener http {
    port = 0
  }
}
`;

const accepting = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('data', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

/** Starts dovecot with one mail user; `stop()` ends it and deletes its folder. */
export const startDovecot = async (): Promise<TestDovecot> => {
  const binary = dovecotBinary();
  const dir = await mkdtemp(join(tmpdir(), 'chantier-dovecot-'));
  await chmod(dir, 0o755); // the mail user (uid 65534) must enter it
  const user = 'watcher';
  const password = randomBytes(9).toString('base64url');
  const home = join(dir, 'home', user);
  await mkdir(home, { recursive: true });
  await chown(home, MAIL_UID, MAIL_UID);
  await writeFile(join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`);
  const port = await freePort();
  const configPath = join(dir, 'dovecot.conf');
  await writeFile(configPath, config(dir, port));
  const readLog = () => readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '');

  // -F keeps it in the foreground, so it is our child and ends with us.
  const child: ChildProcess = spawn(binary, ['-F', '-c', configPath], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (const deadline = Date.now() + 10_000; !(await accepting(port));) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const log = await readLog();
      await rm(dir, { recursive: true, force: true });
      throw new Error(`dovecot did not start on port ${port}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    log: readLog,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
};
