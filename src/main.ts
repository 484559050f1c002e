/** The app's entry point: defines the elements; <qd-app> in index.html does the rest. */
import { setUpOffline } from './app/offline.ts';
import { t } from './i18n/index.ts';
import './ui/qd-app.ts';

const app = document.querySelector('qd-app');
if (app && import.meta.env.PROD) {
  setUpOffline({
    onUpdate: (apply) => app.offerUpdate(apply),
    onOfflineReady: () => {
      app.showToast(t(app.lang, 'offline.ready'));
    },
  });
}
