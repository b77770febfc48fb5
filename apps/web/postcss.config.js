import presetMantine from 'postcss-preset-mantine';
import simpleVars from 'postcss-simple-vars';

// Breakpoint variables match Mantine's defaults so `$mantine-breakpoint-sm` works in CSS modules.
export default {
  plugins: [
    presetMantine(),
    simpleVars({
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    }),
  ],
};
