import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { readJsonFile } from './jsonFile';

/** Names the item a path inside a file falls in ("entry 12 (code 50126)"), and how many path steps lead to it. */
export type ItemNamer = (data: unknown, path: string[]) => { name: string; depth: number } | undefined;

export interface SchemaCheckOptions {
  /** The schema file (with an `$id`), e.g. data/directory.schema.json. */
  schema: string;
  /** Starts every message: '[directory]'. */
  prefix: string;
  /** Ends every message: what to do about the file. */
  hint: string;
  /** Who does not know an unknown field: "the catalog" in "is not a field the catalog knows". */
  knownBy?: string;
  /** Adds a readable name for the item at fault, for files whose paths alone are hard to follow. */
  itemName?: ItemNamer;
}

const SCHEMA_HINT = 'It ships with the bot; restore it from git.';

/**
 * One for every schema. It does not check the schemas against the JSON Schema meta-schema: compiling that costs more
 * at start-up than all our schemas together, and the tests check them (test/shared/schemaCheck.test.ts).
 */
let shared: Ajv | undefined;
/** By schema file and definition: each is compiled once per process, however many checks use it. */
const validators = new Map<string, Promise<ValidateFunction>>();
/** By schema file: the schema's `$id`, once it is added to `shared`. */
const added = new Map<string, Promise<string>>();

/**
 * A data file's JSON schema, compiled on first use and kept, and the one way a file that does not match it fails:
 * `[prefix] <file>: <path inside the file> <what is wrong>. <hint>`. Schema problems name fields, never their values
 * (a directory holds names and addresses).
 */
export class SchemaCheck<T> {
  constructor(readonly options: SchemaCheckOptions) {}

  /** Reads `file` and checks it against the schema; fails on the first problem found. */
  async read(file: string): Promise<T> {
    const { prefix, hint } = this.options;
    const [data, validate] = await Promise.all([readJsonFile(file, prefix, hint), this.validator()]);
    if (!validate(data)) throw this.error(file, this.problem(validate.errors![0], data));
    return data;
  }

  /** The whole file's validator. */
  validator(): Promise<ValidateFunction<T>> {
    return compiled(this.options.schema, this.options.prefix, '') as Promise<ValidateFunction<T>>;
  }

  /** A validator for one of the schema's definitions, for files checked entry by entry. */
  definition<D>(name: string): Promise<ValidateFunction<D>> {
    return compiled(this.options.schema, this.options.prefix, `#/definitions/${name}`) as Promise<
      ValidateFunction<D>
    >;
  }

  /** The error for a problem found in `file` (from `problem` or `at`). */
  error(file: string, problem: string): Error {
    return new Error(`${this.options.prefix} ${file}: ${problem}. ${this.options.hint}`);
  }

  /** A problem at a path inside the file, with the item's name when the check has an `itemName`. */
  at(data: unknown, path: string[], what: string): string {
    const pointer = path.length === 0 ? 'the top level' : `/${path.map(escape).join('/')}`;
    const item = this.options.itemName?.(data, path);
    if (!item) return `${pointer} ${what}`;
    const field = path[item.depth];
    return `${pointer}, in ${item.name}: ${field === undefined ? '' : `"${field}" `}${what}`;
  }

  /** "/users/3/userPrincipalName is missing", from ajv's first error. */
  problem(error: ErrorObject, data: unknown): string {
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const below = params.missingProperty ?? params.additionalProperty;
    const path = [
      ...error.instancePath.split('/').slice(1).map(unescape),
      ...(below === undefined ? [] : [below]),
    ];
    return this.at(data, path, this.rule(error));
  }

  private rule(error: ErrorObject): string {
    const params = error.params as { pattern?: string; limit?: number; allowedValues?: unknown[] };
    switch (error.keyword) {
      case 'required':
        return 'is missing';
      case 'additionalProperties':
        return `is not a field ${this.options.knownBy ?? 'this file'} knows`;
      case 'pattern':
        if (params.pattern === '\\S') return 'must not be empty';
        break;
      case 'minItems':
        if (params.limit === 1) return 'must not be empty';
        break;
      case 'enum':
        return `${error.message}: ${params.allowedValues!.join(', ')}`;
    }
    return error.message ?? `breaks the schema's "${error.keyword}" rule`;
  }
}

function compiled(schema: string, prefix: string, fragment: string): Promise<ValidateFunction> {
  const key = `${schema}${fragment}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = add(schema, prefix).then((id) => {
      const validate = shared!.getSchema(`${id}${fragment}`);
      if (!validate) throw new Error(`${prefix} ${schema} has no ${fragment}. ${SCHEMA_HINT}`);
      return validate;
    });
    validators.set(key, validator);
  }
  return validator;
}

function add(schema: string, prefix: string): Promise<string> {
  let id = added.get(schema);
  if (!id) {
    id = readJsonFile(schema, prefix, SCHEMA_HINT).then((parsed) => {
      const $id = (parsed as { $id?: unknown }).$id;
      if (typeof $id !== 'string') throw new Error(`${prefix} ${schema} has no "$id". ${SCHEMA_HINT}`);
      shared ??= new Ajv({ validateSchema: false });
      shared.addSchema(parsed as object);
      return $id;
    });
    added.set(schema, id);
  }
  return id;
}

/** JSON Pointer escapes (RFC 6901): "~" as "~0", "/" as "~1". */
function escape(step: string): string {
  return step.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescape(step: string): string {
  return step.replace(/~1/g, '/').replace(/~0/g, '~');
}
