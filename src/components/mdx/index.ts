// The components a lesson can use without importing them (passed to <Content components={…} />).
import Begrip from './Begrip.astro';
import Voorbeeld from './Voorbeeld.astro';
import Kader from './Kader.astro';
import Oefening from '../exercises/Oefening.astro';

export const lessonComponents = { Begrip, Voorbeeld, Kader, Oefening };
