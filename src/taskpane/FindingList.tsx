import { makeStyles, mergeClasses, Text, tokens, useId } from '@fluentui/react-components';
import type { Finding, Lang, Severity } from '../domain';
import { formatFinding, severityLabel } from '../domain';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  where: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

export interface FindingListProps {
  findings: readonly Finding[];
  lang: Lang;
}

/**
 * The findings in sheet order, each with its severity in words (colour only repeats it), the
 * cell or row it is about, and the core's wording.
 */
export function FindingList({ findings, lang }: FindingListProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const headingId = useId('findings');
  const severityClass: Record<Severity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };
  return (
    <>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.findingsHeading(findings.length)}
      </Text>
      {findings.length === 0 ? (
        <Text as="p">{t.noFindings}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {findings.map((finding, i) => (
            <li
              key={`${finding.code}-${finding.rowNumber}-${i}`}
              className={mergeClasses(styles.item, severityClass[finding.severity])}
            >
              <Text weight="semibold">{capitalize(severityLabel(finding.severity, lang), lang)}</Text>
              <Text className={styles.where}> · {finding.cell ?? t.row(finding.rowNumber)}</Text>
              <br />
              <Text>{formatFinding(finding, lang)}</Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function capitalize(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
