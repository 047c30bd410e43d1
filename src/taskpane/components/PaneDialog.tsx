/**
 * A dialog of the pane: a title, its content, and its buttons, on a surface no wider than the pane (it is
 * 320–350 px wide in Excel) nor than `width` elsewhere. Closing it any other way than by a button (Escape, the
 * backdrop) calls `onClose`.
 */
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  surface: { maxWidth: "min(600px, calc(100vw - 24px))", boxSizing: "border-box" },
  wide: { maxWidth: "min(640px, calc(100vw - 24px))" },
});

export interface PaneDialogProps {
  readonly title: ReactNode;
  readonly children: ReactNode;
  /** The buttons. */
  readonly actions: ReactNode;
  readonly onClose: () => void;
  readonly testId: string;
  /** "alert": a question the user must answer (no light dismiss). */
  readonly modalType?: "modal" | "alert";
  /** 640 px rather than 600 px at the most (a rule's page and its tables). */
  readonly wide?: boolean;
  readonly contentClassName?: string;
  /** False when the content is a page to read rather than a sentence describing the dialog. */
  readonly describedByContent?: boolean;
}

export function PaneDialog(props: PaneDialogProps) {
  const s = useStyles();
  const { title, children, actions, onClose, testId, modalType, wide, contentClassName } = props;
  const describedBy = props.describedByContent === false ? { "aria-describedby": undefined } : {};
  return (
    <Dialog open modalType={modalType} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={mergeClasses(s.surface, wide && s.wide)} data-testid={testId} {...describedBy}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={contentClassName}>{children}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
