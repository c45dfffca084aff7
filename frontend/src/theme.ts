/**
 * The one theme layer: a sober, accessible public-service look on top of PrimeVue's
 * Aura preset (deep blue primary with AA contrast, no dark mode surprises).
 * Layout and page styles are in `styles/theme.css`; components carry no styles of their own.
 */
import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

export const ClsPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{blue.50}',
      100: '{blue.100}',
      200: '{blue.200}',
      300: '{blue.300}',
      400: '{blue.400}',
      500: '{blue.500}',
      600: '{blue.600}',
      700: '{blue.700}',
      800: '{blue.800}',
      900: '{blue.900}',
      950: '{blue.950}',
    },
    focusRing: { width: '3px', style: 'solid', color: '#b34700', offset: '2px' },
    colorScheme: {
      light: {
        primary: {
          color: '{blue.800}',
          contrastColor: '#ffffff',
          hoverColor: '{blue.900}',
          activeColor: '{blue.950}',
        },
        formField: {
          borderColor: '{slate.500}',
          hoverBorderColor: '{slate.700}',
          placeholderColor: '{slate.600}',
          color: '{slate.900}',
        },
        text: { color: '{slate.900}', mutedColor: '{slate.600}' },
      },
    },
  },
  components: {
    // stronger colours than Aura's defaults, so every button text meets WCAG AA (4.5:1)
    button: {
      colorScheme: {
        light: {
          root: {
            secondary: {
              background: '{surface.100}',
              hoverBackground: '{surface.200}',
              activeBackground: '{surface.300}',
              borderColor: '{surface.400}',
              hoverBorderColor: '{surface.500}',
              activeBorderColor: '{surface.600}',
              color: '{surface.800}',
              hoverColor: '{surface.900}',
              activeColor: '{surface.950}',
            },
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
              color: '#ffffff',
              hoverColor: '#ffffff',
              activeColor: '#ffffff',
            },
          },
          outlined: {
            primary: { borderColor: '{primary.700}', color: '{primary.800}' },
            secondary: { borderColor: '{surface.500}', color: '{surface.800}' },
            danger: { borderColor: '{red.700}', color: '{red.700}' },
          },
        },
      },
    },
  },
})

export const primeVueOptions = {
  theme: {
    preset: ClsPreset,
    // dark mode only when explicitly asked (never by the OS), so contrasts stay checked
    options: { darkModeSelector: '.cls-dark', cssLayer: false },
  },
}
