/** The part of Mozilla's add-ons linter the bundle test uses (the package ships no types). */
declare module 'addons-linter' {
  interface Message {
    code: string;
    message: string;
    file?: string;
  }
  interface Instance {
    run(): Promise<{ errors: Message[]; warnings: Message[]; notices: Message[] }>;
  }
  const linter: { createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): Instance };
  export default linter;
}
