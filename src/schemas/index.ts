export * from './common';
export * from './chapter';
export * from './lesson';
export * from './glossary';
export * from './question';
export * from './exercise';
export * from './case';
export * from './werkboek';
