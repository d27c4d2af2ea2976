/** The id of the JSON block the pages render and the islands read (see page-data.ts). */
export const PAGE_DATA_ID = "thought-record-data";
