/** Kazakh for Blockly's logic and loop (`controls_*`) blocks. Keys from `blockly/msg/en`. */
export const blocklyKkLogic: Record<string, string> = {
  LOGIC_BOOLEAN_TRUE: 'ақиқат',
  LOGIC_BOOLEAN_FALSE: 'жалған',
  LOGIC_BOOLEAN_TOOLTIP: 'Ақиқат немесе жалған мәнін береді.',
  LOGIC_COMPARE_TOOLTIP_EQ: 'Екі мән тең болса, ақиқат береді.',
  LOGIC_COMPARE_TOOLTIP_NEQ: 'Екі мән тең болмаса, ақиқат береді.',
  LOGIC_COMPARE_TOOLTIP_LT: 'Бірінші мән екіншісінен кіші болса, ақиқат береді.',
  LOGIC_COMPARE_TOOLTIP_LTE: 'Бірінші мән екіншісінен кіші немесе тең болса, ақиқат береді.',
  LOGIC_COMPARE_TOOLTIP_GT: 'Бірінші мән екіншісінен үлкен болса, ақиқат береді.',
  LOGIC_COMPARE_TOOLTIP_GTE: 'Бірінші мән екіншісінен үлкен немесе тең болса, ақиқат береді.',
  LOGIC_NEGATE_TITLE: '%1 емес',
  LOGIC_NEGATE_TOOLTIP: 'Мән жалған болса — ақиқат, ақиқат болса — жалған береді.',
  LOGIC_NULL: 'бос',
  LOGIC_NULL_TOOLTIP: 'Бос мән (None) береді.',
  LOGIC_OPERATION_AND: 'және',
  LOGIC_OPERATION_OR: 'немесе',
  LOGIC_OPERATION_TOOLTIP_AND: 'Екі мән де ақиқат болса, ақиқат береді.',
  LOGIC_OPERATION_TOOLTIP_OR: 'Ең болмаса бір мән ақиқат болса, ақиқат береді.',
  LOGIC_TERNARY_CONDITION: 'шарт',
  LOGIC_TERNARY_IF_TRUE: 'ақиқат болса',
  LOGIC_TERNARY_IF_FALSE: 'жалған болса',
  LOGIC_TERNARY_TOOLTIP:
    'Шартты тексереді. Шарт ақиқат болса, «ақиқат болса» мәнін, әйтпесе «жалған болса» мәнін береді.',

  CONTROLS_IF_MSG_IF: 'егер',
  CONTROLS_IF_MSG_THEN: 'онда',
  CONTROLS_IF_MSG_ELSEIF: 'әйтпесе, егер',
  CONTROLS_IF_MSG_ELSE: 'әйтпесе',
  CONTROLS_IF_IF_TITLE_IF: 'егер',
  CONTROLS_IF_ELSEIF_TITLE_ELSEIF: 'әйтпесе, егер',
  CONTROLS_IF_ELSE_TITLE_ELSE: 'әйтпесе',
  CONTROLS_IF_IF_TOOLTIP: '«Егер» блогының бөліктерін қосу, өшіру немесе ретін өзгерту.',
  CONTROLS_IF_ELSEIF_TOOLTIP: '«Егер» блогына тағы бір шарт қосу.',
  CONTROLS_IF_ELSE_TOOLTIP:
    '«Егер» блогына соңғы бөлікті қосу: ешбір шарт орындалмаса, осы орындалады.',
  CONTROLS_IF_TOOLTIP_1: 'Шарт ақиқат болса, ішіндегі блоктарды орындайды.',
  CONTROLS_IF_TOOLTIP_2:
    'Шарт ақиқат болса, бірінші блоктарды, әйтпесе екінші блоктарды орындайды.',
  CONTROLS_IF_TOOLTIP_3:
    'Бірінші шарт ақиқат болса, бірінші блоктарды орындайды. Әйтпесе екінші шарт ақиқат болса, екінші блоктарды орындайды.',
  CONTROLS_IF_TOOLTIP_4:
    'Бірінші шарт ақиқат болса, бірінші блоктарды орындайды. Әйтпесе екінші шарт ақиқат болса, екінші блоктарды орындайды. Ешбір шарт ақиқат болмаса, соңғы блоктарды орындайды.',

  CONTROLS_REPEAT_TITLE: '%1 рет қайтала',
  CONTROLS_REPEAT_INPUT_DO: 'орында',
  CONTROLS_REPEAT_TOOLTIP: 'Ішіндегі блоктарды бірнеше рет орындайды.',
  CONTROLS_WHILEUNTIL_OPERATOR_WHILE: 'қайтала, егер',
  CONTROLS_WHILEUNTIL_OPERATOR_UNTIL: 'қайтала, осы болғанша:',
  CONTROLS_WHILEUNTIL_INPUT_DO: 'орында',
  CONTROLS_WHILEUNTIL_TOOLTIP_WHILE:
    'Шарт ақиқат болып тұрғанда ішіндегі блоктарды қайта-қайта орындайды.',
  CONTROLS_WHILEUNTIL_TOOLTIP_UNTIL:
    'Шарт ақиқат болғанша ішіндегі блоктарды қайта-қайта орындайды.',
  CONTROLS_FOR_TITLE: '%1 санағышы: басы %2, соңы %3, қадамы %4',
  CONTROLS_FOR_INPUT_DO: 'орында',
  CONTROLS_FOR_TOOLTIP:
    '«%1» айнымалысы бастапқы саннан соңғы санға дейін берілген қадаммен өзгереді, әр мән үшін ішіндегі блоктар орындалады.',
  CONTROLS_FOREACH_TITLE: '%2 тізіміндегі әр %1 үшін',
  CONTROLS_FOREACH_INPUT_DO: 'орында',
  CONTROLS_FOREACH_TOOLTIP:
    'Тізімнің әр элементін «%1» айнымалысына беріп, ішіндегі блоктарды орындайды.',
  CONTROLS_FLOW_STATEMENTS_OPERATOR_BREAK: 'циклден шығу',
  CONTROLS_FLOW_STATEMENTS_OPERATOR_CONTINUE: 'циклдің келесі қадамына өту',
  CONTROLS_FLOW_STATEMENTS_TOOLTIP_BREAK: 'Осы циклді тоқтатып, одан шығады.',
  CONTROLS_FLOW_STATEMENTS_TOOLTIP_CONTINUE:
    'Циклдің қалған бөлігін өткізіп, келесі қадамға өтеді.',
  CONTROLS_FLOW_STATEMENTS_WARNING: 'Ескерту: бұл блокты тек циклдің ішінде қолдануға болады.',
};
