/**
 * A worker thread of pagePool.ts: says when it is ready, then answers each batch of PageTasks with
 * their PageWork (null where a page's work throws).
 */
import { parentPort } from 'node:worker_threads';
import { workOnPages, type PageTask } from './pageWork.ts';

const port = parentPort;
if (port) {
  port.on('message', (tasks: PageTask[]) => port.postMessage(workOnPages(tasks)));
  port.postMessage('ready');
}
