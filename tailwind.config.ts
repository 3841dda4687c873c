import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/** Loaded by app/globals.css with `@config`; dark mode follows `prefers-color-scheme` (Tailwind's default). */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', '"Times New Roman"', 'serif'],
      },
      colors: {
        accent: { DEFAULT: '#b42318', dark: '#ff8a7a' },
      },
      maxWidth: { prose: '68ch' },
    },
  },
  plugins: [typography],
};

export default config;
