export { onRestoredFromCache } from './pageshow.js';
export { type ResumedFlow, resumeFlow } from './resume.js';
export { handleReturn } from './return-handler.js';
export { TIMED_OUT } from './run-flow.js';
