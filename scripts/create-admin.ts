// The first admin of a new deployment (SPEC: "a documented command, not a default password"):
//   TIERLINE_ADMIN_PASSWORD=… npm run create-admin -- --email admin@example.com --name "홍길동"
// Without TIERLINE_ADMIN_PASSWORD it asks for the password on the terminal (not echoed).
// DATABASE_URL must point at the database. Refuses an email that already exists.
// (lib/server/commands/users.ts#createAdminUser imports 'server-only', which throws outside
// Next, so this script has its own client and writes the same row plus an audit entry.)
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { z } from '@/lib/validation/z';
import { hashPassword } from '../lib/auth/password';
import { PrismaClient } from '../lib/db/generated/client';

export const MIN_PASSWORD_LENGTH = 12;

export const createAdminInput = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'a valid email address is required (--email)' })),
  name: z.string().trim().min(1, { error: 'a name is required (--name)' }).max(100),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `the password must have at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(200, { error: 'the password is too long (200 characters at most)' }),
});
export type CreateAdminInput = z.input<typeof createAdminInput>;

export class CreateAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreateAdminError';
  }
}

type Db = PrismaClient;

/** Validate, refuse an existing email, create the ADMIN user with an audit row. */
export async function createFirstAdmin(db: Db, raw: CreateAdminInput) {
  const parsed = createAdminInput.safeParse(raw);
  if (!parsed.success) throw new CreateAdminError(parsed.error.issues.map((i) => i.message).join('; '));
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findFirst({ where: { email: { equals: input.email, mode: 'insensitive' } }, select: { id: true } });
    if (existing) throw new CreateAdminError(`a user with the email ${input.email} already exists; nothing was changed`);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, roles: ['ADMIN'] },
      select: { id: true, email: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, roles: ['ADMIN'], via: 'create-admin' },
      },
    });
    return user;
  });
}

/** Read a line without echoing it (a TTY only). */
function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void };
  let muted = false;
  out._writeToOutput = (s: string) => {
    if (!muted) process.stdout.write(s);
    else if (s.includes('\n') || s.includes('\r')) process.stdout.write('\n');
  };
  const answer = new Promise<string>((resolve) => rl.question(question, (a) => (rl.close(), resolve(a))));
  muted = true;
  return answer;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.TIERLINE_ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY)
    throw new CreateAdminError('set TIERLINE_ADMIN_PASSWORD or run this on a terminal to be asked for the password');
  const first = await promptHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new CreateAdminError('the two passwords differ; nothing was changed');
  return first;
}

const USAGE = 'usage: npm run create-admin -- --email <email> --name <name>   (password from TIERLINE_ADMIN_PASSWORD or a prompt)';

export async function main(argv = process.argv.slice(2)) {
  let values: { email?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new CreateAdminError(`${e instanceof Error ? e.message : e}\n${USAGE}`);
  }
  if (!values.email || !values.name) throw new CreateAdminError(USAGE);
  const url = process.env.DATABASE_URL;
  if (!url) throw new CreateAdminError('DATABASE_URL is not set: point it at the Tierline database');
  // validate what we can before asking for a password
  const pre = createAdminInput.pick({ email: true, name: true }).safeParse({ email: values.email, name: values.name });
  if (!pre.success) throw new CreateAdminError(pre.error.issues.map((i) => i.message).join('; '));
  const password = await readPassword();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const user = await createFirstAdmin(db, { email: values.email, name: values.name, password });
    console.log(`create-admin: created ADMIN ${user.email} (${user.id}). Sign in at /login.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`create-admin: ${e instanceof CreateAdminError ? e.message : e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
