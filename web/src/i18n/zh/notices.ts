export default {
  title: '通知',
  bell: '通知',
  bellUnread: '通知，{count} 条未读',
  markAllRead: '全部已读',
  empty: '暂无通知',
  unread: '未读',
};
