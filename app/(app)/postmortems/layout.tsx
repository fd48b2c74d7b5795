import { PostmortemTabs } from './subnav';

export default function PostmortemsLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PostmortemTabs />
      {children}
    </>
  );
}
