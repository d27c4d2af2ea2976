/** Moves focus to the element with this id, if there is one. */
export const focusOn = (id?: string | null) => id && document.getElementById(id)?.focus();
