/**
 * A rule's help inside the pane: its page (docs/rules/<id>.md, shipped in dist/rules/) in the language shown, in a
 * dialog. Escape or "Đóng" closes it and focus goes back where it was; a link to another rule opens that rule's page
 * in the same dialog ("Quay lại" returns).
 */
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../../core";
import { ruleTitle } from "../../i18n";
import { PaneDialog } from "../components/PaneDialog";
import { useLang } from "../i18nContext";
import type { DocBlock, DocInline, RuleDoc } from "./ruleDoc";

const useStyles = makeStyles({
  content: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  id: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  h: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  p: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 2px",
  },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase100,
    "& th, & td": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 4px",
      textAlign: "start",
      verticalAlign: "top",
    },
    "& th": { backgroundColor: tokens.colorNeutralBackground3 },
  },
});

export interface RuleHelpDialogProps {
  /** The rule whose page is shown; the dialog is closed when undefined. */
  readonly ruleId?: string;
  readonly load: (ruleId: string, lang: Lang) => Promise<RuleDoc>;
  readonly onClose: () => void;
}

type Loaded = { readonly key: string; readonly doc?: RuleDoc; readonly failed?: boolean };

export function RuleHelpDialog({ ruleId, load, onClose }: RuleHelpDialogProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  // The rules opened through links inside the dialog, the one shown last.
  const [trail, setTrail] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Loaded>();
  const returnTo = useRef<HTMLElement | null>(null);
  const open = ruleId !== undefined;
  const shown = trail.length > 0 ? trail[trail.length - 1] : ruleId;
  const key = shown ? `${shown}.${lang}` : "";

  // Focus goes back to the control that opened the dialog (remembered before the dialog takes it).
  useLayoutEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setTrail([]);
    return () => {
      const el = returnTo.current;
      if (el && el.isConnected) setTimeout(() => el.focus(), 0);
    };
  }, [open, ruleId]);

  useEffect(() => {
    if (!shown) return;
    let cancelled = false;
    setLoaded(undefined);
    load(shown, lang).then(
      (doc) => !cancelled && setLoaded({ key, doc }),
      () => !cancelled && setLoaded({ key, failed: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [shown, lang, key, load]);

  if (!open || !shown) return null;
  const current = loaded?.key === key ? loaded : undefined;
  const openRule = (id: string) => setTrail((tr) => [...tr, id]);

  return (
    <PaneDialog
      wide
      testId="rule-help"
      describedByContent={false}
      title={t("help.title", { rule: ruleTitle(lang, shown) })}
      contentClassName={s.content}
      onClose={onClose}
      actions={
        <>
          {trail.length > 0 && (
            <Button onClick={() => setTrail((tr) => tr.slice(0, -1))} data-testid="rule-help-back">
              {t("help.back")}
            </Button>
          )}
          <Button appearance="primary" onClick={onClose} data-testid="rule-help-close">
            {t("help.close")}
          </Button>
        </>
      }
    >
      <Text className={s.id}>{t("help.ruleId", { id: shown })}</Text>
      {!current && <Spinner size="tiny" label={t("help.loading")} />}
      {current?.failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t("help.failed")}</MessageBarBody>
        </MessageBar>
      )}
      {current?.doc && <DocBody blocks={current.doc.blocks} onRule={openRule} />}
    </PaneDialog>
  );
}

function DocBody({ blocks, onRule }: { blocks: readonly DocBlock[]; onRule: (id: string) => void }) {
  const s = useStyles();
  const inl = (nodes: readonly DocInline[]) => <Inlines nodes={nodes} onRule={onRule} />;
  return (
    <>
      {blocks.map((b, i) => {
        if ("h" in b) {
          return (
            <h3 key={i} className={s.h}>
              {inl(b.h)}
            </h3>
          );
        }
        if ("p" in b) {
          return (
            <p key={i} className={s.p}>
              {inl(b.p)}
            </p>
          );
        }
        if ("ul" in b || "ol" in b) {
          const items = "ul" in b ? b.ul : b.ol;
          const List = "ul" in b ? "ul" : "ol";
          return (
            <List key={i} className={s.list}>
              {items.map((item, j) => (
                <li key={j}>{inl(item)}</li>
              ))}
            </List>
          );
        }
        if ("table" in b) {
          return (
            <div
              key={i}
              className={s.tableWrap}
              tabIndex={0}
              role="region"
              aria-label={b.table.head.map((c) => textOf(c)).join(", ")}
            >
              <table className={s.table}>
                <thead>
                  <tr>
                    {b.table.head.map((c, j) => (
                      <th key={j} scope="col">
                        {inl(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.table.rows.map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k}>{inl(c)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }
        return (
          <pre key={i} className={s.code}>
            {b.pre}
          </pre>
        );
      })}
    </>
  );
}

function Inlines({ nodes, onRule }: { nodes: readonly DocInline[]; onRule: (id: string) => void }): ReactNode {
  const s = useStyles();
  return nodes.map((n, i) => {
    if (typeof n === "string") return <Fragment key={i}>{n}</Fragment>;
    if ("b" in n)
      return (
        <strong key={i}>
          <Inlines nodes={n.b} onRule={onRule} />
        </strong>
      );
    if ("i" in n)
      return (
        <em key={i}>
          <Inlines nodes={n.i} onRule={onRule} />
        </em>
      );
    if ("code" in n)
      return (
        <code key={i} className={s.code}>
          {n.code}
        </code>
      );
    const rule = n.rule;
    // A link to another rule opens its page here; a link elsewhere in the repository is shown as its words.
    if (rule)
      return (
        <Link key={i} as="button" inline onClick={() => onRule(rule)} data-rule-link={rule}>
          <Inlines nodes={n.text} onRule={onRule} />
        </Link>
      );
    return (
      <Fragment key={i}>
        <Inlines nodes={n.text} onRule={onRule} />
      </Fragment>
    );
  });
}

function textOf(nodes: readonly DocInline[] | undefined): string {
  if (!nodes) return "";
  return nodes
    .map((n) =>
      typeof n === "string"
        ? n
        : "code" in n
          ? n.code
          : "b" in n
            ? textOf(n.b)
            : "i" in n
              ? textOf(n.i)
              : textOf(n.text),
    )
    .join("");
}
