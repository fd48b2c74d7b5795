// `npm run db:seed` / `npx tsx prisma/seed.ts [--reset] [--if-empty]` with DATABASE_URL set.
// Loads the demo pipeline (prisma/seed/*) into an empty database and prints what it made.
//   --reset     wipe and reload, only if the data there is this seed's own
//   --if-empty  for start scripts: do nothing (exit 0) when the database already has users
import { countAll, createSeedClient, seed, SeedRefusedError } from './seed/index';

async function main() {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((a) => a !== '--reset' && a !== '--if-empty');
  if (unknown.length) throw new SeedRefusedError(`Unknown option ${unknown.join(' ')}. Usage: tsx prisma/seed.ts [--reset] [--if-empty]`);
  const db = createSeedClient();
  try {
    if (args.has('--if-empty') && (await db.user.count()) > 0) {
      console.log('seed: the database already has users; demo data not loaded (--if-empty).');
      return;
    }
    const { anchor, ms, counts } = await seed(db, { reset: args.has('--reset') });
    console.log(`seed: demo data loaded in ${(ms / 1000).toFixed(1)} s (history anchored at ${anchor.toISOString().slice(0, 10)})`);
    for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(14)} ${v}`);
    console.log(
      '  sign in as rep1@tierline.local (or admin@, exec@, manager@, rep2@, marketer@, finance@, legal@, procurement@, tech@, chair@) with password tierline-demo',
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  if (e instanceof SeedRefusedError) console.error(`seed: ${e.message}`);
  else console.error('seed: failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});

export { countAll };
