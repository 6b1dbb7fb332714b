export default {
  title: 'Notices',
  bell: 'Notices',
  bellUnread: 'Notices, {count} unread',
  markAllRead: 'Mark all read',
  empty: 'No notices yet',
  unread: 'Unread',
};
