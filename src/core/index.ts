/** The only import surface of src/core for the other layers. */
export * from './model/index.ts';
