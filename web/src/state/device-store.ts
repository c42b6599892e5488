// What the app keeps on the device (IndexedDB): the episode, the last decisions, settings, and the
// outbox of writes made offline. Two object stores: "kv" (named values) and "outbox" (by clientId).
const DB_NAME = "strideback";
const VERSION = 1;

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains("kv")) db.createObjectStore("kv");
      if (!db.objectStoreNames.contains("outbox")) db.createObjectStore("outbox", { keyPath: "clientId" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB did not open"));
  });
  return opening;
}

function run<T>(
  store: string,
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const req = act(tx.objectStore(store));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      }),
  );
}

export const deviceStore = {
  get: <T>(key: string) =>
    run<T | undefined>("kv", "readonly", (s) => s.get(key) as IDBRequest<T | undefined>),
  set: (key: string, value: unknown) =>
    run("kv", "readwrite", (s) => s.put(value, key)).then(() => undefined),
  remove: (key: string) => run("kv", "readwrite", (s) => s.delete(key)).then(() => undefined),
  outboxAll: <T>() => run<T[]>("outbox", "readonly", (s) => s.getAll() as IDBRequest<T[]>),
  outboxPut: (item: { clientId: string }) =>
    run("outbox", "readwrite", (s) => s.put(item)).then(() => undefined),
  outboxDelete: (clientId: string) =>
    run("outbox", "readwrite", (s) => s.delete(clientId)).then(() => undefined),
  clearAll: () =>
    Promise.all([
      run("kv", "readwrite", (s) => s.clear()),
      run("outbox", "readwrite", (s) => s.clear()),
    ]).then(() => undefined),
};
