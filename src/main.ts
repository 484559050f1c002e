/** The app's entry point: defines the elements; <qd-app> in index.html does the rest. */
import './ui/qd-app.ts';
