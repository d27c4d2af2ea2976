/** The id of the JSON block the page renders and the island reads. */
export const PAGE_DATA_ID = "experiment-tracker-data";
