/**
 * Who moves a project along, as the notices assign it: 000 has 二级党组织
 * projects approved by 校党委 and 基层党支部 projects by their 党总支, which
 * also runs their 验收; the project's own organisation submits its documents.
 */
import { APPROVER_BY_LEVEL, STATUS_STEPS, availableSteps, nextStatus, outOfOrder, stepForDocument, takeStep } from '../../src/register/status';
import { STATUSES } from '../../src/templates/schema';
import { CATALOG } from '../../src/templates/catalog';

describe('the project lifecycle', () => {
  test('a 党支部 project is approved and accepted by its 党总支, never by the 支部 itself', () => {
    expect(APPROVER_BY_LEVEL.党支部).toBe('党总支');
    expect(takeStep('已申报', '党支部', 'approve', '党总支')).toEqual({ ok: true, status: '已立项' });
    expect(takeStep('已申报', '党支部', 'approve', '申报单位')).toEqual({ ok: false, refusal: { kind: 'wrong-actor', actor: '申报单位', expected: '党总支' } });
    expect(takeStep('已结项', '党支部', 'accept', '党总支')).toEqual({ ok: true, status: '已验收' });
  });

  test('a 二级党组织 project is approved and accepted by 校党委, not by a 党总支', () => {
    expect(takeStep('已申报', '二级党组织', 'approve', '校党委')).toEqual({ ok: true, status: '已立项' });
    expect(takeStep('已申报', '二级党组织', 'approve', '党总支')).toMatchObject({ ok: false, refusal: { kind: 'wrong-actor', expected: '校党委' } });
    expect(takeStep('已结项', '二级党组织', 'accept', '校党委')).toEqual({ ok: true, status: '已验收' });
  });

  test('steps happen in order: no 验收 before the 结项报告, no 结项 before 立项', () => {
    expect(takeStep('已立项', '党支部', 'accept', '党总支')).toEqual({ ok: false, refusal: { kind: 'wrong-status', current: '已立项', expected: ['已结项'] } });
    expect(takeStep('已申报', '党支部', 'close', '申报单位')).toMatchObject({ ok: false, refusal: { kind: 'wrong-status' } });
    expect(takeStep('中期检查', '党支部', 'close', '申报单位')).toEqual({ ok: true, status: '已结项' });
    expect(takeStep('已立项', '党支部', 'close', '申报单位')).toEqual({ ok: true, status: '已结项' });
  });

  test('what each one may do now: the 支部 its documents, the 党总支 its approvals, 校党委 the 优秀', () => {
    expect(availableSteps('已申报', '党支部', '党总支').map((step) => step.action)).toEqual(['approve']);
    expect(availableSteps('已申报', '党支部', '校党委')).toEqual([]);
    expect(availableSteps('已立项', '党支部', '申报单位').map((step) => step.action)).toEqual(['midterm', 'close']);
    expect(availableSteps('已验收', '二级党组织', '校党委').map((step) => step.action)).toEqual(['commend']);
    expect(availableSteps('优秀', '党支部', '校党委')).toEqual([]);
  });

  test('every template’s submission is a step of the lifecycle; the 备案表’s 已立项 is its 党总支’s approval', () => {
    for (const template of CATALOG) expect(stepForDocument(template.submitStatus)).toBeDefined();
    const filing = CATALOG.find((template) => template.id === 'shuji-filing');
    expect(stepForDocument(filing?.submitStatus ?? '草稿')).toMatchObject({ action: 'approve', by: 'approver' });
    // Every status but the first is reached by exactly one step.
    expect(STATUS_STEPS.map((step) => step.to)).toEqual(STATUSES.slice(1));
  });

  test('a row moves forward only unless going back was confirmed', () => {
    expect(nextStatus('已结项', '已申报', false)).toBe('已结项');
    expect(nextStatus('已结项', '已申报', true)).toBe('已申报');
    expect(nextStatus(undefined, '已申报', false)).toBe('已申报');
  });

  test('a 结项报告 for a project never approved (still 已申报) is out of order; in order, repeated or backwards it is not', () => {
    expect(outOfOrder('已申报', '已结项')).toEqual(['已立项', '中期检查']);
    expect(outOfOrder('已申报', '已验收')).toEqual(['已结项']);
    expect(outOfOrder('已立项', '已结项')).toBeUndefined();
    expect(outOfOrder('已结项', '已结项')).toBeUndefined();
    expect(outOfOrder('已结项', '已申报')).toBeUndefined();
    expect(outOfOrder('草稿', '已申报')).toBeUndefined();
  });
});
