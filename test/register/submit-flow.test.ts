import { recordFromDocument } from '../../src/register/record';
import { submissionFor } from '../../src/register/submit';
import { application, closingReport, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

const PROJECT = '6f1c2a9e-3b7d-4c1e-9a2f-0d5e8b7c6a41';

describe('a 书记 fills the application, checks it and submits it to the register', () => {
  let world: RegisterWorld;
  beforeAll(async () => {
    world = registerWorld();
    await world.provision();
  });
  afterAll(() => world.close());

  test('one row with every column right and both files in 党建项目/2024/{ProjectId}/; the closing report then moves it to 已结项', async () => {
    const model = documentModel(application, PROJECT, {
      year: '2024',
      projectName: '“红色领航”学生党员先锋工程',
      leader: '王建国',
      phone: '0556-5708888',
      position: '机电工程学院党总支书记',
      org: '中共安庆职业技术学院机电工程学院总支部委员会',
      level: '二级党组织',
      category: 'A',
      problems: '学生党员先锋作用发挥不充分',
    });
    const check = { findings: [{ severity: 'warning' as const }], wordCount: 1234 };
    const built = recordFromDocument(model, application, check, { now: new Date('2024-05-10T08:00:00Z'), submittedBy: 'wangjg@aqvtc.edu.cn' });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    const files = fakeFiles(PROJECT, application.id);
    const submitter = world.submitter();
    const outcome = await submitter.submit(submissionFor(built.value, application), async () => files);
    expect(outcome.kind).toBe('done');

    const list = world.standin.store.findList('党建项目台账');
    expect(list.items.size).toBe(1);
    const row = [...list.items.values()][0].fields;
    const folder = `党建项目/2024/${PROJECT}`;
    const webUrl = (name: string) => world.standin.store.fileWebUrl(`${folder}/${name}`);
    expect(row).toMatchObject({
      Title: '“红色领航”学生党员先锋工程',
      ProjectId: PROJECT,
      Scheme: '书记项目',
      Level: '二级党组织',
      Category: 'A.创新探索型',
      Year: 2024,
      Org: '中共安庆职业技术学院机电工程学院总支部委员会',
      Leader: '王建国',
      Position: '机电工程学院党总支书记',
      Phone: '0556-5708888',
      Status: '已申报',
      WordCount: 1234,
      CheckPassed: true,
      ApplicationUrl: webUrl('shuji-application.docx'),
      PdfUrl: webUrl('shuji-application.pdf'),
      SubmittedAt: '2024-05-10T08:00:00.000Z',
      SubmittedBy: 'wangjg@aqvtc.edu.cn',
    });
    expect(row.ReportUrl).toBeUndefined();
    expect(world.standin.store.findFile(`${folder}/shuji-application.docx`).bytes).toEqual(files.docx);
    expect(world.standin.store.findFile(`${folder}/shuji-application.pdf`).bytes).toEqual(files.pdf);

    // A year later the same project's closing report, with one format error left in it.
    const report = documentModel(closingReport, PROJECT, { projectName: '“红色领航”学生党员先锋工程', org: '中共安庆职业技术学院机电工程学院总支部委员会' });
    const reportRecord = recordFromDocument(report, closingReport, { findings: [{ severity: 'error' }], wordCount: 2380 }, { now: new Date('2025-05-08T02:00:00Z') });
    if (!reportRecord.ok) throw new Error(JSON.stringify(reportRecord.error));
    // The report has no year of its own: the project's year (2024) stays, and so does its folder.
    expect(reportRecord.value.yearFromDocument).toBe(false);
    const reportFiles = fakeFiles(PROJECT, closingReport.id);
    const second = await submitter.submit(submissionFor(reportRecord.value, closingReport), async () => reportFiles);
    expect(second.kind).toBe('done');
    expect(list.items.size).toBe(1);
    const after = [...list.items.values()][0].fields;
    expect(after).toMatchObject({
      Status: '已结项',
      ApplicationUrl: webUrl('shuji-application.docx'),
      ReportUrl: webUrl('shuji-closing-report.docx'),
      PdfUrl: webUrl('shuji-closing-report.pdf'),
      Year: 2024,
      WordCount: 2380,
      CheckPassed: false,
      Leader: '王建国',
    });
    expect(world.standin.store.findFile(`${folder}/shuji-closing-report.docx`).bytes).toEqual(reportFiles.docx);
    expect(world.standin.store.files.size).toBe(4);
  });
});
