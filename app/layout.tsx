import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tierline', template: '%s · Tierline' },
  description: 'Tier-managed SFA for bid-driven B2B sales',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // rendered per request: the nonce of the Content-Security-Policy (proxy.ts) is new each time,
  // and Next can only put it on its scripts while rendering
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
