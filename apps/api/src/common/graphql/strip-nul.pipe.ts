import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

const NUL = '\u0000';

const strip = (value: unknown): unknown => {
  if (typeof value === 'string') return value.includes(NUL) ? value.replaceAll(NUL, '') : value;
  if (Array.isArray(value)) return value.map(strip);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, strip(inner)]));
  }
  return value;
};

/**
 * PostgreSQL text cannot hold U+0000, and no one means to type it: drop it from every GraphQL
 * argument, so such input is stored without it (or refused as empty) instead of failing in SQL.
 */
@Injectable()
export class StripNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // GraphQL @Args reach pipes as 'body'; the viewer and other custom parameters are left alone.
    return metadata.type === 'body' ? strip(value) : value;
  }
}
