// A Server Component: the Lit elements live beyond the 'use client' boundary (help.jsx), as @lit-labs/nextjs asks.
import Help from './help';

export default function Page() {
  return (
    <main>
      <h1>Help</h1>
      <Help />
    </main>
  );
}
