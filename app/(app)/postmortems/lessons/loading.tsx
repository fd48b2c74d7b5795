import { PostmortemSkeleton } from '../skeleton';

// Not beside [id]: a loading boundary there would turn notFound() into a streamed 200.
export default PostmortemSkeleton;
