/** [what the case shows, the answer, the answer markup it must give]. */
export const formatCases: [string, string, string][];
export const everyConstruct: string;
