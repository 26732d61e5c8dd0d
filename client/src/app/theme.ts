import type { ThemeConfig } from 'antd';

/**
 * Government-service blue on a light grey canvas, like DingTalk and Feishu
 * admin consoles; fonts prefer the Chinese system faces so mixed text aligns.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1677ff',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerHeight: 56, bodyBg: '#f5f6f8' },
  },
};
