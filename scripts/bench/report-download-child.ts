/**
 * Child process of the report-download bench: downloads one report URL with src/report and prints
 * one line of JSON {rows}. Run by report-download.ts so its peak RSS is the download's alone.
 * Arguments: <url> <dir> <profileId> <startDate> <endDate>
 */
import { downloadReport, reportRange } from '../../src/report/index.js';

const [url, dir, profileId, startDate, endDate] = process.argv.slice(2);
const result = await downloadReport({ url, dir, region: 'eu', profileId, ...reportRange({ start: startDate, end: endDate }) });
process.stdout.write(`${JSON.stringify({ rows: result.rows })}\n`);
