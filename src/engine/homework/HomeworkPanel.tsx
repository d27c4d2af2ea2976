import type { Homework as Assignment } from "./link-schema";
import { Homework, type Accepted } from "../ui/Homework";

interface Props {
  worksheet: string;
  title: string;
  adds: string;
  onAccept: (hw: Assignment) => string | undefined | Accepted;
}

/** The homework page of one worksheet: the link's banner, this worksheet's list, and the way back. */
export function HomeworkPanel({ worksheet, title, adds, onAccept }: Props) {
  return (
    <div class="homework-page">
      <Homework worksheet={worksheet} adds={adds} onAccept={onAccept} />
      <p>
        <a class="button" href={`/worksheets/${worksheet}/`}>
          Open the {title.toLowerCase()}
        </a>
      </p>
    </div>
  );
}
