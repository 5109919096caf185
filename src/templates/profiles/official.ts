/**
 * The "official" format profile: 000 附件3 (安庆职业技术学院 结项报告样式) for
 * the fonts it names and 行距 28 磅; GB/T 9704-2012 (党政机关公文格式) where
 * the notice is silent (title 二号小标宋, body 三号仿宋, first line 2 字符).
 */
import { profileSchema, type Profile } from '../schema';

const BODY_FONTS = ['仿宋_GB2312', '方正仿宋简体', '仿宋', 'FangSong', 'FangSong_GB2312'];
const KAI_FONTS = ['楷体_GB2312', '方正楷体简体', '楷体', 'KaiTi', 'KaiTi_GB2312'];

export const OFFICIAL_PROFILE: Profile = profileSchema.parse({
  id: 'official',
  name: '党政机关公文格式（三号仿宋，固定值 28 磅）',
  lineSpacing: { rule: 'exact', points: 28 },
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  roles: {
    title: {
      fonts: { preferred: '方正小标宋简体', accepted: ['方正小标宋_GBK', '小标宋体', '华文中宋'] },
      sizePt: 22,
      alignment: 'center',
    },
    org: {
      fonts: { preferred: '楷体_GB2312', accepted: ['方正楷体_GBK', '楷体', 'KaiTi', 'KaiTi_GB2312', '方正楷体简体'] },
      sizePt: 16,
      alignment: 'center',
    },
    h1: {
      fonts: { preferred: '方正黑体_GBK', accepted: ['方正黑体简体', '黑体', 'SimHei'] },
      sizePt: 16,
    },
    h2: {
      fonts: { preferred: '方正楷体_GBK', accepted: KAI_FONTS },
      sizePt: 16,
    },
    h3: {
      fonts: { preferred: '方正仿宋_GBK', accepted: BODY_FONTS },
      sizePt: 16,
    },
    h4: {
      fonts: { preferred: '方正仿宋_GBK', accepted: BODY_FONTS },
      sizePt: 16,
    },
    body: {
      fonts: { preferred: '方正仿宋_GBK', accepted: BODY_FONTS },
      sizePt: 16,
      alignment: 'both',
      firstLineChars: 200,
    },
    // Form tables (附件1, 附件2): labels may be in 黑体, text in 仿宋; smaller
    // type is normal in a table and the notice sets no spacing for it.
    'table-cell': {
      fonts: { preferred: '方正仿宋_GBK', accepted: [...BODY_FONTS, '方正黑体_GBK', '方正黑体简体', '黑体', 'SimHei'] },
      sizePt: 14,
      acceptedSizesPt: [16, 15, 12, 10.5],
      lineSpacing: null,
    },
  },
});
