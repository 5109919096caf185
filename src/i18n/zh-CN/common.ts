export const common = {
  productName: '党建项目助手',
};
