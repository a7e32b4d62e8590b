// fake-indexeddb's "./auto" export has no types entry; it only installs globals.
declare module "fake-indexeddb/auto";
