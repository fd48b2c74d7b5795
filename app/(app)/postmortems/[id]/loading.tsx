import { PostmortemSkeleton } from '../skeleton';

// The record's 404 is answered by ./layout.tsx before this streams.
export default PostmortemSkeleton;
