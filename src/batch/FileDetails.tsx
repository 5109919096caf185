/** One file's findings, in a dialog over the table: what the HTML report shows under the file's heading. */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Messages } from '../i18n';
import type { FileReport } from '../report/file-report';

export interface FileDetailsProps {
  readonly report: FileReport | undefined;
  readonly text: Messages;
  readonly onClose: () => void;
}

export function FileDetails({ report, text, onClose }: FileDetailsProps): JSX.Element {
  const cli = text.cli;
  const descriptions: Readonly<Record<string, string>> = text.rules.descriptions;
  return (
    <Dialog open={report !== undefined} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface data-testid="file-details" style={{ maxWidth: '960px', width: '92vw' }}>
        <DialogBody>
          <DialogTitle>{report ? text.batch.detailsTitle(report.path) : ''}</DialogTitle>
          <DialogContent>
            {report?.templateReason ? <Body1 as="p">{report.templateReason}</Body1> : null}
            {report?.error ? (
              <Body1 as="p">
                <code>{report.error.code}</code> {report.error.message}
              </Body1>
            ) : null}
            {report?.unfilled ? <Body1 as="p">{cli.unfilledNote}</Body1> : null}
            {report && !report.error && report.findings.length === 0 ? <Body1 as="p">{cli.htmlNoFindings}</Body1> : null}
            {report && report.findings.length > 0 ? (
              <Table size="small" aria-label={text.batch.detailsTitle(report.path)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: '5rem' }}>{cli.htmlFindingColumns.paragraph}</TableHeaderCell>
                    <TableHeaderCell style={{ width: '5rem' }}>{cli.htmlFindingColumns.severity}</TableHeaderCell>
                    <TableHeaderCell style={{ width: '30%' }}>{cli.htmlFindingColumns.rule}</TableHeaderCell>
                    <TableHeaderCell>{cli.htmlFindingColumns.message}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {report.findings.map((finding, index) => (
                    <TableRow key={index} data-rule={finding.rule}>
                      <TableCell>{finding.paragraph}</TableCell>
                      <TableCell>{finding.severity === 'error' ? cli.severityError : cli.severityWarning}</TableCell>
                      <TableCell>{descriptions[finding.rule] ?? finding.rule}</TableCell>
                      <TableCell>{finding.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {text.batch.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
