export declare const CHECK_STEP: 'content check';
