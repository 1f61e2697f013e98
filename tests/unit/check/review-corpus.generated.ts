// GENERATED FILE: do not edit by hand. Made by scripts/check/review-corpus.ts from
// data/printings.csv and the source text framing-the-future-2022.txt; run
// `npx tsx scripts/check/review-corpus.ts` to remake it.
import type { CorpusEntry, Decoy, Skipped } from '../../../scripts/check/review-corpus';

export const REVIEW_CORPUS: CorpusEntry[] = [
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 countries',
		source_ref: 'Foreword, lines 42-42',
		value_kind: 'count',
		agrees: true,
		raw: 'Our analysis of data from 42 countries3 \nreveals diverse national responses and many good practices, and \nsignposts potential areas for further attention.',
		joined:
			'Our analysis of data from 42 countries3 reveals diverse national responses and many good practices, and signposts potential areas for further attention.',
		at: [26, 38],
		heading: null
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 Alliance countries',
		source_ref: 'Executive summary, lines 304-305',
		value_kind: 'count',
		agrees: true,
		raw: 'This review sets out how and where the MNR has been \nimplemented in the six years since its introduction across 42 \nAlliance countries.',
		joined:
			'This review sets out how and where the MNR has been implemented in the six years since its introduction across 42 Alliance countries.',
		at: [112, 134],
		heading: null
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 countries',
		source_ref: 'Executive summary, lines 325-325',
		value_kind: 'count',
		agrees: true,
		raw: 'This report captures the experiences in 42 countries,12  \nrepresenting all regions and income groupings.',
		joined:
			'This report captures the experiences in 42 countries,12 representing all regions and income groupings.',
		at: [40, 52],
		heading: null
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: 'over 40 countries',
		source_ref: 'Call to action (summary), lines 791-793',
		value_kind: 'words',
		agrees: null,
		raw: 'Framing the future: How the Model National Response framework is supporting \n This report illustrates how, just over six years since its introduction, the MNR has become a \nkey tool in supporting coordinated, comprehensive and multi-stakeholder national responses \nin over 40 countries.',
		joined:
			'Framing the future: How the Model National Response framework is supporting This report illustrates how, just over six years since its introduction, the MNR has become a key tool in supporting coordinated, comprehensive and multi-stakeholder national responses in over 40 countries.',
		at: [268, 285],
		heading: null
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 Alliance countries',
		source_ref: 'Introduction, lines 847-849',
		value_kind: 'count',
		agrees: true,
		raw: 'Completed six years after the introduction of the MNR, this review \nsets out how and where the MNR has been implemented across \n42 Alliance countries and how national responses and the MNR \nframework itself may be strengthened.',
		joined:
			'Completed six years after the introduction of the MNR, this review sets out how and where the MNR has been implemented across 42 Alliance countries and how national responses and the MNR framework itself may be strengthened.',
		at: [128, 149],
		heading: null
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 countries',
		source_ref: 'Methodology, lines 908-909',
		value_kind: 'count',
		agrees: true,
		raw: 'This report captures the experiences in \n42 countries around the world.30',
		joined: 'This report captures the experiences in 42 countries around the world.30',
		at: [41, 53],
		heading: null
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: 'over 40 diverse countries',
		source_ref: 'Call to action, lines 4537-4538',
		value_kind: 'words',
		agrees: null,
		raw: 'By documenting good practices and lessons learned from over 40 \ndiverse countries, this report illustrates how, just over six years \nsince its introduction, the MNR has become a key reference point \nto support the building of coordinated, comprehensive and multi-\nstakeholder national responses.',
		joined:
			'By documenting good practices and lessons learned from over 40 diverse countries, this report illustrates how, just over six years since its introduction, the MNR has become a key reference point to support the building of coordinated, comprehensive and multi-stakeholder national responses.',
		at: [55, 81],
		heading: null
	},
	{
		indicator_id: 'x-income-high',
		printed: '15',
		source_ref: 'Methodology, lines 911-911',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries, 15 represent high-income economies, \n15 represent upper-middle-income economies, 11 represent \nlower-middle-income economies, and 1 represents a low-income \neconomy.31',
		joined:
			'Of the 42 countries, 15 represent high-income economies, 15 represent upper-middle-income economies, 11 represent lower-middle-income economies, and 1 represents a low-income economy.31',
		at: [21, 23],
		heading: null
	},
	{
		indicator_id: 'x-income-upper-middle',
		printed: '15',
		source_ref: 'Methodology, lines 912-912',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries, 15 represent high-income economies, \n15 represent upper-middle-income economies, 11 represent \nlower-middle-income economies, and 1 represents a low-income \neconomy.31',
		joined:
			'Of the 42 countries, 15 represent high-income economies, 15 represent upper-middle-income economies, 11 represent lower-middle-income economies, and 1 represents a low-income economy.31',
		at: [58, 60],
		heading: null
	},
	{
		indicator_id: 'x-income-lower-middle',
		printed: '11',
		source_ref: 'Methodology, lines 912-913',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries, 15 represent high-income economies, \n15 represent upper-middle-income economies, 11 represent \nlower-middle-income economies, and 1 represents a low-income \neconomy.31',
		joined:
			'Of the 42 countries, 15 represent high-income economies, 15 represent upper-middle-income economies, 11 represent lower-middle-income economies, and 1 represents a low-income economy.31',
		at: [102, 104],
		heading: null
	},
	{
		indicator_id: 'x-income-low',
		printed: '1',
		source_ref: 'Methodology, lines 913-914',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries, 15 represent high-income economies, \n15 represent upper-middle-income economies, 11 represent \nlower-middle-income economies, and 1 represents a low-income \neconomy.31',
		joined:
			'Of the 42 countries, 15 represent high-income economies, 15 represent upper-middle-income economies, 11 represent lower-middle-income economies, and 1 represents a low-income economy.31',
		at: [151, 152],
		heading: null
	},
	{
		indicator_id: 'x-region-eap',
		printed: '10 countries',
		source_ref: 'Methodology, lines 914-915',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [64, 76],
		heading: null
	},
	{
		indicator_id: 'x-region-esa',
		printed: '5 countries',
		source_ref: 'Methodology, lines 915-915',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [108, 119],
		heading: null
	},
	{
		indicator_id: 'x-region-eca',
		printed: '7 countries',
		source_ref: 'Methodology, lines 916-916',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [156, 167],
		heading: null
	},
	{
		indicator_id: 'x-region-lac',
		printed: '6 countries',
		source_ref: 'Methodology, lines 916-917',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [204, 215],
		heading: null
	},
	{
		indicator_id: 'x-region-mena',
		printed: '2 countries',
		source_ref: 'Methodology, lines 917-918',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [252, 264],
		heading: null
	},
	{
		indicator_id: 'x-region-na',
		printed: '2 countries',
		source_ref: 'Methodology, lines 918-918',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [282, 293],
		heading: null
	},
	{
		indicator_id: 'x-region-sa',
		printed: '1 country',
		source_ref: 'Methodology, lines 918-918',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [308, 317],
		heading: null
	},
	{
		indicator_id: 'x-region-wca',
		printed: '1 country',
		source_ref: 'Methodology, lines 919-919',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [346, 355],
		heading: null
	},
	{
		indicator_id: 'x-region-we',
		printed: '8 countries',
		source_ref: 'Methodology, lines 919-920',
		value_kind: 'count',
		agrees: true,
		raw: 'Regional representation constitutes East Asia and the \nPacific (10 countries); Eastern and Southern Africa (5 countries); \nEastern Europe and Central Asia (7 countries); Latin America and \nthe Caribbean (6 countries); the Middle East and North Africa (2 \ncountries); North America (2 countries); South Asia (1 country); \nWest and Central Africa (1 country); and Western Europe  \n(8 countries).32',
		joined:
			'Regional representation constitutes East Asia and the Pacific (10 countries); Eastern and Southern Africa (5 countries); Eastern Europe and Central Asia (7 countries); Latin America and the Caribbean (6 countries); the Middle East and North Africa (2 countries); North America (2 countries); South Asia (1 country); West and Central Africa (1 country); and Western Europe (8 countries).32',
		at: [380, 391],
		heading: null
	},
	{
		indicator_id: 'x-survey-alliance',
		printed: '17 countries',
		source_ref: 'Executive summary, lines 332-334',
		value_kind: 'count',
		agrees: true,
		raw: 'For 17 countries (primarily \nhigh-income countries), the data is drawn from responses to a \nsurvey issued to government representatives in February and \nMarch 2021.',
		joined:
			'For 17 countries (primarily high-income countries), the data is drawn from responses to a survey issued to government representatives in February and March 2021.',
		at: [4, 16],
		heading: null
	},
	{
		indicator_id: 'x-survey-alliance',
		printed: '17 responses',
		source_ref: 'Methodology, lines 931-933',
		value_kind: 'count',
		agrees: true,
		raw: 'The survey was issued to countries \nthat agreed to participate in February and March 2021, and 17 \nresponses were received between May and June 2021.33',
		joined:
			'The survey was issued to countries that agreed to participate in February and March 2021, and 17 responses were received between May and June 2021.33',
		at: [95, 108],
		heading: null
	},
	{
		indicator_id: 'x-survey-unicef',
		printed: '25 countries',
		source_ref: 'Executive summary, lines 335-337',
		value_kind: 'count',
		agrees: true,
		raw: 'For 25 countries (low- and middle-income countries), \nthe data is drawn from a survey administered to UNICEF country \noffices as part of a Global Partnership to End Violence-supported \nstudy to document national responses to online child sexual \nexploitation and abuse in low- and middle-income countries.14',
		joined:
			'For 25 countries (low- and middle-income countries), the data is drawn from a survey administered to UNICEF country offices as part of a Global Partnership to End Violence-supported study to document national responses to online child sexual exploitation and abuse in low- and middle-income countries.14',
		at: [4, 16],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-reference',
		printed: 'almost all',
		source_ref: 'Key findings, lines 354-354',
		value_kind: 'words',
		agrees: true,
		raw: 'Irrespective of political contexts, \ninstitutional setup, approaches, resource capacities and priorities, \nalmost all countries surveyed (90 per cent15) have used the MNR \nas a reference for good practice.',
		joined:
			'Irrespective of political contexts, institutional setup, approaches, resource capacities and priorities, almost all countries surveyed (90 per cent15) have used the MNR as a reference for good practice.',
		at: [107, 117],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-reference',
		printed: '90 per cent',
		source_ref: 'Key findings, lines 354-354',
		value_kind: 'pct',
		agrees: true,
		raw: 'Irrespective of political contexts, \ninstitutional setup, approaches, resource capacities and priorities, \nalmost all countries surveyed (90 per cent15) have used the MNR \nas a reference for good practice.',
		joined:
			'Irrespective of political contexts, institutional setup, approaches, resource capacities and priorities, almost all countries surveyed (90 per cent15) have used the MNR as a reference for good practice.',
		at: [138, 149],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-reference',
		printed: '35 of 39',
		source_ref: 'Footnote 15, lines 422-422',
		value_kind: 'fraction',
		agrees: true,
		raw: '35 of 39 countries that answered the question.',
		joined: '35 of 39 countries that answered the question.',
		at: [0, 8],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-reference',
		printed: '90 per cent',
		source_ref: 'Findings: How countries used the MNR, lines 1004-1005',
		value_kind: 'pct',
		agrees: true,
		raw: 'In developing national responses, 90 per cent of countries \nsurveyed37 have used the MNR as a reference for good practice.',
		joined:
			'In developing national responses, 90 per cent of countries surveyed37 have used the MNR as a reference for good practice.',
		at: [34, 45],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-policy',
		printed: '67 per cent',
		source_ref: 'Findings: How countries used the MNR, lines 1006-1007',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of these, countries have also used the MNR as a basis for policy \ndevelopment (67 per cent), a guide for specific capabilities (59 per \ncent) and as a framework for measuring progress (38 per cent) \n(see Figure 2).',
		joined:
			'Of these, countries have also used the MNR as a basis for policy development (67 per cent), a guide for specific capabilities (59 per cent) and as a framework for measuring progress (38 per cent) (see Figure 2).',
		at: [79, 90],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-capabilities',
		printed: '59 per cent',
		source_ref: 'Findings: How countries used the MNR, lines 1007-1008',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of these, countries have also used the MNR as a basis for policy \ndevelopment (67 per cent), a guide for specific capabilities (59 per \ncent) and as a framework for measuring progress (38 per cent) \n(see Figure 2).',
		joined:
			'Of these, countries have also used the MNR as a basis for policy development (67 per cent), a guide for specific capabilities (59 per cent) and as a framework for measuring progress (38 per cent) (see Figure 2).',
		at: [128, 140],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-progress',
		printed: '38 per cent',
		source_ref: 'Findings: How countries used the MNR, lines 1008-1008',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of these, countries have also used the MNR as a basis for policy \ndevelopment (67 per cent), a guide for specific capabilities (59 per \ncent) and as a framework for measuring progress (38 per cent) \n(see Figure 2).',
		joined:
			'Of these, countries have also used the MNR as a basis for policy development (67 per cent), a guide for specific capabilities (59 per cent) and as a framework for measuring progress (38 per cent) (see Figure 2).',
		at: [185, 196],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-two-or-more',
		printed: 'Over two-thirds',
		source_ref: 'Findings: How countries used the MNR, lines 1011-1012',
		value_kind: 'words',
		agrees: true,
		raw: 'Over two-thirds of countries (67 \nper cent) used the MNR for two or more of these purposes.',
		joined:
			'Over two-thirds of countries (67 per cent) used the MNR for two or more of these purposes.',
		at: [0, 15],
		heading: null
	},
	{
		indicator_id: 'x-mnr-used-two-or-more',
		printed: '67 per cent',
		source_ref: 'Findings: How countries used the MNR, lines 1011-1012',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over two-thirds of countries (67 \nper cent) used the MNR for two or more of these purposes.',
		joined:
			'Over two-thirds of countries (67 per cent) used the MNR for two or more of these purposes.',
		at: [30, 42],
		heading: null
	},
	{
		indicator_id: 'x-safe-online-funded',
		printed: 'Over 60 per cent',
		source_ref: 'Box 2 Safe Online, lines 1058-1058',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over 60 per cent of the countries (26 out of 42)38 included in this review received funds (over US$30 million) from the End \nViolence Fund, through its Safe Online Initiative,39 to advance national, regional and global efforts to make the internet safe \nfor children.',
		joined:
			'Over 60 per cent of the countries (26 out of 42)38 included in this review received funds (over US$30 million) from the End Violence Fund, through its Safe Online Initiative,39 to advance national, regional and global efforts to make the internet safe for children.',
		at: [0, 16],
		heading: null
	},
	{
		indicator_id: 'x-safe-online-funded',
		printed: '26 out of 42',
		source_ref: 'Box 2 Safe Online, lines 1058-1058',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over 60 per cent of the countries (26 out of 42)38 included in this review received funds (over US$30 million) from the End \nViolence Fund, through its Safe Online Initiative,39 to advance national, regional and global efforts to make the internet safe \nfor children.',
		joined:
			'Over 60 per cent of the countries (26 out of 42)38 included in this review received funds (over US$30 million) from the End Violence Fund, through its Safe Online Initiative,39 to advance national, regional and global efforts to make the internet safe for children.',
		at: [35, 47],
		heading: null
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: 'Over three-quarters',
		source_ref: 'Key findings, lines 424-425',
		value_kind: 'words',
		agrees: true,
		raw: 'Leadership: Over three-quarters of surveyed countries (76 per \ncent, 32 of 42) have a national multi-stakeholder governance \nmechanism and almost two-thirds (64 per cent, 27 of 42) have a \nrelevant national policy or strategy.',
		joined:
			'Leadership: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national multi-stakeholder governance mechanism and almost two-thirds (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [12, 31],
		heading: null
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '76 per cent',
		source_ref: 'Key findings, lines 424-425',
		value_kind: 'pct',
		agrees: true,
		raw: 'Leadership: Over three-quarters of surveyed countries (76 per \ncent, 32 of 42) have a national multi-stakeholder governance \nmechanism and almost two-thirds (64 per cent, 27 of 42) have a \nrelevant national policy or strategy.',
		joined:
			'Leadership: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national multi-stakeholder governance mechanism and almost two-thirds (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [55, 67],
		heading: null
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '32 of 42',
		source_ref: 'Key findings, lines 424-425',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Leadership: Over three-quarters of surveyed countries (76 per \ncent, 32 of 42) have a national multi-stakeholder governance \nmechanism and almost two-thirds (64 per cent, 27 of 42) have a \nrelevant national policy or strategy.',
		joined:
			'Leadership: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national multi-stakeholder governance mechanism and almost two-thirds (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [69, 77],
		heading: null
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '76%',
		source_ref: 'Key findings, lines 441-448',
		value_kind: 'pct',
		agrees: true,
		raw: 'Domain 1: \n\nPolicy and governance\n\n76%\nof surveyed countries have \na national multi-stakeholder \ngovernance mechanism',
		joined:
			'Domain 1:  Policy and governance  76% of surveyed countries have a national multi-stakeholder governance mechanism',
		at: [35, 38],
		heading: null
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: 'Over three-quarters',
		source_ref: 'Leadership: Current status, lines 1082-1084',
		value_kind: 'words',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (76 per cent, 32 of 42) \nhave one or more national inter-ministerial or multi-stakeholder \ngovernance mechanisms (see Figure 3 for an overview of the \npolicy and governance capability of countries surveyed).',
		joined:
			'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have one or more national inter-ministerial or multi-stakeholder governance mechanisms (see Figure 3 for an overview of the policy and governance capability of countries surveyed).',
		at: [0, 19],
		heading: 'Leadership'
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '76 per cent',
		source_ref: 'Leadership: Current status, lines 1082-1084',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (76 per cent, 32 of 42) \nhave one or more national inter-ministerial or multi-stakeholder \ngovernance mechanisms (see Figure 3 for an overview of the \npolicy and governance capability of countries surveyed).',
		joined:
			'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have one or more national inter-ministerial or multi-stakeholder governance mechanisms (see Figure 3 for an overview of the policy and governance capability of countries surveyed).',
		at: [43, 54],
		heading: 'Leadership'
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '32 of 42',
		source_ref: 'Leadership: Current status, lines 1082-1084',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (76 per cent, 32 of 42) \nhave one or more national inter-ministerial or multi-stakeholder \ngovernance mechanisms (see Figure 3 for an overview of the \npolicy and governance capability of countries surveyed).',
		joined:
			'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have one or more national inter-ministerial or multi-stakeholder governance mechanisms (see Figure 3 for an overview of the policy and governance capability of countries surveyed).',
		at: [56, 64],
		heading: 'Leadership'
	},
	{
		indicator_id: 'c01-national-policy-strategy',
		printed: 'almost two-thirds',
		source_ref: 'Key findings, lines 424-427',
		value_kind: 'words',
		agrees: true,
		raw: 'Leadership: Over three-quarters of surveyed countries (76 per \ncent, 32 of 42) have a national multi-stakeholder governance \nmechanism and almost two-thirds (64 per cent, 27 of 42) have a \nrelevant national policy or strategy.',
		joined:
			'Leadership: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national multi-stakeholder governance mechanism and almost two-thirds (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [139, 156],
		heading: null
	},
	{
		indicator_id: 'c01-national-policy-strategy',
		printed: '64 per cent',
		source_ref: 'Key findings, lines 424-427',
		value_kind: 'pct',
		agrees: true,
		raw: 'Leadership: Over three-quarters of surveyed countries (76 per \ncent, 32 of 42) have a national multi-stakeholder governance \nmechanism and almost two-thirds (64 per cent, 27 of 42) have a \nrelevant national policy or strategy.',
		joined:
			'Leadership: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national multi-stakeholder governance mechanism and almost two-thirds (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [158, 169],
		heading: null
	},
	{
		indicator_id: 'c01-national-policy-strategy',
		printed: '27 of 42',
		source_ref: 'Key findings, lines 424-427',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Leadership: Over three-quarters of surveyed countries (76 per \ncent, 32 of 42) have a national multi-stakeholder governance \nmechanism and almost two-thirds (64 per cent, 27 of 42) have a \nrelevant national policy or strategy.',
		joined:
			'Leadership: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national multi-stakeholder governance mechanism and almost two-thirds (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [171, 179],
		heading: null
	},
	{
		indicator_id: 'c01-national-policy-strategy',
		printed: 'Almost two-thirds',
		source_ref: 'Leadership: Current status, lines 1088-1089',
		value_kind: 'words',
		agrees: true,
		raw: 'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) \nhave a relevant national policy or strategy.',
		joined:
			'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [0, 17],
		heading: 'Leadership'
	},
	{
		indicator_id: 'c01-national-policy-strategy',
		printed: '64 per cent',
		source_ref: 'Leadership: Current status, lines 1088-1089',
		value_kind: 'pct',
		agrees: true,
		raw: 'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) \nhave a relevant national policy or strategy.',
		joined:
			'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [41, 52],
		heading: 'Leadership'
	},
	{
		indicator_id: 'c01-national-policy-strategy',
		printed: '27 of 42',
		source_ref: 'Leadership: Current status, lines 1088-1089',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) \nhave a relevant national policy or strategy.',
		joined:
			'Almost two-thirds of countries surveyed (64 per cent, 27 of 42) have a relevant national policy or strategy.',
		at: [54, 62],
		heading: 'Leadership'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: 'Over three-quarters',
		source_ref: 'Key findings, lines 432-435',
		value_kind: 'words',
		agrees: true,
		raw: 'Research, analysis and monitoring: Over three-quarters of \nsurveyed countries (83 per cent, 35 of 42) have some form \nof national research, analysis and monitoring on child sexual \nexploitation and abuse, including forms facilitated by technology.',
		joined:
			'Research, analysis and monitoring: Over three-quarters of surveyed countries (83 per cent, 35 of 42) have some form of national research, analysis and monitoring on child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [35, 54],
		heading: null
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '83 per cent',
		source_ref: 'Key findings, lines 432-435',
		value_kind: 'pct',
		agrees: true,
		raw: 'Research, analysis and monitoring: Over three-quarters of \nsurveyed countries (83 per cent, 35 of 42) have some form \nof national research, analysis and monitoring on child sexual \nexploitation and abuse, including forms facilitated by technology.',
		joined:
			'Research, analysis and monitoring: Over three-quarters of surveyed countries (83 per cent, 35 of 42) have some form of national research, analysis and monitoring on child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [79, 90],
		heading: null
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '35 of 42',
		source_ref: 'Key findings, lines 432-435',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Research, analysis and monitoring: Over three-quarters of \nsurveyed countries (83 per cent, 35 of 42) have some form \nof national research, analysis and monitoring on child sexual \nexploitation and abuse, including forms facilitated by technology.',
		joined:
			'Research, analysis and monitoring: Over three-quarters of surveyed countries (83 per cent, 35 of 42) have some form of national research, analysis and monitoring on child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [92, 100],
		heading: null
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: 'Over three-quarters',
		source_ref: 'Research, analysis and monitoring: Current status, lines 1526-1527',
		value_kind: 'words',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (83 per cent, 35 of 42) \nhave some form of national research, analysis and monitoring.',
		joined:
			'Over three-quarters of countries surveyed (83 per cent, 35 of 42) have some form of national research, analysis and monitoring.',
		at: [0, 19],
		heading: 'Research, analysis and monitoring'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '83 per cent',
		source_ref: 'Research, analysis and monitoring: Current status, lines 1526-1527',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (83 per cent, 35 of 42) \nhave some form of national research, analysis and monitoring.',
		joined:
			'Over three-quarters of countries surveyed (83 per cent, 35 of 42) have some form of national research, analysis and monitoring.',
		at: [43, 54],
		heading: 'Research, analysis and monitoring'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '35 of 42',
		source_ref: 'Research, analysis and monitoring: Current status, lines 1526-1527',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (83 per cent, 35 of 42) \nhave some form of national research, analysis and monitoring.',
		joined:
			'Over three-quarters of countries surveyed (83 per cent, 35 of 42) have some form of national research, analysis and monitoring.',
		at: [56, 64],
		heading: 'Research, analysis and monitoring'
	},
	{
		indicator_id: 'c03-hic-criminalize-possession',
		printed: 'all 15',
		source_ref: 'Key findings, lines 450-453',
		value_kind: 'count',
		agrees: true,
		raw: 'Legislation: While all 15 high-income countries surveyed \nhave legislated to criminalize online child sexual abuse and \nexploitation and ‘knowing possession’ of child sexual abuse \nmaterials, only 8 have legislation requiring Internet Service \nProviders (ISPs) to report suspected child abuse material.',
		joined:
			'Legislation: While all 15 high-income countries surveyed have legislated to criminalize online child sexual abuse and exploitation and ‘knowing possession’ of child sexual abuse materials, only 8 have legislation requiring Internet Service Providers (ISPs) to report suspected child abuse material.',
		at: [19, 25],
		heading: null
	},
	{
		indicator_id: 'c03-hic-criminalize-tech-facilitated',
		printed: 'all 15',
		source_ref: 'Key findings, lines 450-453',
		value_kind: 'count',
		agrees: true,
		raw: 'Legislation: While all 15 high-income countries surveyed \nhave legislated to criminalize online child sexual abuse and \nexploitation and ‘knowing possession’ of child sexual abuse \nmaterials, only 8 have legislation requiring Internet Service \nProviders (ISPs) to report suspected child abuse material.',
		joined:
			'Legislation: While all 15 high-income countries surveyed have legislated to criminalize online child sexual abuse and exploitation and ‘knowing possession’ of child sexual abuse materials, only 8 have legislation requiring Internet Service Providers (ISPs) to report suspected child abuse material.',
		at: [19, 25],
		heading: null
	},
	{
		indicator_id: 'c03-hic-isp-reporting',
		printed: 'only 8',
		source_ref: 'Key findings, lines 450-454',
		value_kind: 'count',
		agrees: true,
		raw: 'Legislation: While all 15 high-income countries surveyed \nhave legislated to criminalize online child sexual abuse and \nexploitation and ‘knowing possession’ of child sexual abuse \nmaterials, only 8 have legislation requiring Internet Service \nProviders (ISPs) to report suspected child abuse material.',
		joined:
			'Legislation: While all 15 high-income countries surveyed have legislated to criminalize online child sexual abuse and exploitation and ‘knowing possession’ of child sexual abuse materials, only 8 have legislation requiring Internet Service Providers (ISPs) to report suspected child abuse material.',
		at: [192, 198],
		heading: null
	},
	{
		indicator_id: 'c03-lmic-laws-inadequate',
		printed: 'most',
		source_ref: 'Key findings, lines 455-457',
		value_kind: 'words',
		agrees: true,
		raw: 'In \nmost surveyed low- and middle-income countries (88 per cent, \n22 of 25), existing laws are perceived as inadequate to address \nchild sexual exploitation and abuse online.',
		joined:
			'In most surveyed low- and middle-income countries (88 per cent, 22 of 25), existing laws are perceived as inadequate to address child sexual exploitation and abuse online.',
		at: [4, 8],
		heading: null
	},
	{
		indicator_id: 'c03-lmic-laws-inadequate',
		printed: '88 per cent',
		source_ref: 'Key findings, lines 455-457',
		value_kind: 'pct',
		agrees: true,
		raw: 'In \nmost surveyed low- and middle-income countries (88 per cent, \n22 of 25), existing laws are perceived as inadequate to address \nchild sexual exploitation and abuse online.',
		joined:
			'In most surveyed low- and middle-income countries (88 per cent, 22 of 25), existing laws are perceived as inadequate to address child sexual exploitation and abuse online.',
		at: [52, 63],
		heading: null
	},
	{
		indicator_id: 'c03-lmic-laws-inadequate',
		printed: '22 of 25',
		source_ref: 'Key findings, lines 455-457',
		value_kind: 'fraction',
		agrees: true,
		raw: 'In \nmost surveyed low- and middle-income countries (88 per cent, \n22 of 25), existing laws are perceived as inadequate to address \nchild sexual exploitation and abuse online.',
		joined:
			'In most surveyed low- and middle-income countries (88 per cent, 22 of 25), existing laws are perceived as inadequate to address child sexual exploitation and abuse online.',
		at: [66, 74],
		heading: null
	},
	{
		indicator_id: 'c03-lmic-laws-inadequate',
		printed: 'most',
		source_ref: 'Legislation: Current status, lines 1828-1829',
		value_kind: 'words',
		agrees: true,
		raw: 'In most countries surveyed (88 per cent, 22 of 25), \nexisting laws were viewed as inadequate.80',
		joined:
			'In most countries surveyed (88 per cent, 22 of 25), existing laws were viewed as inadequate.80',
		at: [3, 7],
		heading: 'Legislation'
	},
	{
		indicator_id: 'c03-lmic-laws-inadequate',
		printed: '88 per cent',
		source_ref: 'Legislation: Current status, lines 1828-1829',
		value_kind: 'pct',
		agrees: true,
		raw: 'In most countries surveyed (88 per cent, 22 of 25), \nexisting laws were viewed as inadequate.80',
		joined:
			'In most countries surveyed (88 per cent, 22 of 25), existing laws were viewed as inadequate.80',
		at: [28, 39],
		heading: 'Legislation'
	},
	{
		indicator_id: 'c03-lmic-laws-inadequate',
		printed: '22 of 25',
		source_ref: 'Legislation: Current status, lines 1828-1829',
		value_kind: 'fraction',
		agrees: true,
		raw: 'In most countries surveyed (88 per cent, 22 of 25), \nexisting laws were viewed as inadequate.80',
		joined:
			'In most countries surveyed (88 per cent, 22 of 25), existing laws were viewed as inadequate.80',
		at: [41, 49],
		heading: 'Legislation'
	},
	{
		indicator_id: 'c04-law-enforcement',
		printed: 'All 42',
		source_ref: 'Key findings, lines 484-486',
		value_kind: 'count',
		agrees: true,
		raw: 'Dedicated law enforcement: All 42 surveyed countries have \nsome law enforcement capability with an explicit remit to respond \nto child sexual exploitation and abuse, including forms facilitated \nby technology.',
		joined:
			'Dedicated law enforcement: All 42 surveyed countries have some law enforcement capability with an explicit remit to respond to child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [27, 33],
		heading: null
	},
	{
		indicator_id: 'c04-law-enforcement',
		printed: 'All countries',
		source_ref: 'Dedicated law enforcement: Current status, lines 2104-2104',
		value_kind: 'words',
		agrees: true,
		raw: 'All countries (42 of 42) report having some law enforcement \ncapability (see Figure 5 for an overview of the criminal justice \ncapability of countries surveyed).',
		joined:
			'All countries (42 of 42) report having some law enforcement capability (see Figure 5 for an overview of the criminal justice capability of countries surveyed).',
		at: [0, 13],
		heading: 'Dedicated law enforcement'
	},
	{
		indicator_id: 'c04-law-enforcement',
		printed: '42 of 42',
		source_ref: 'Dedicated law enforcement: Current status, lines 2104-2104',
		value_kind: 'fraction',
		agrees: true,
		raw: 'All countries (42 of 42) report having some law enforcement \ncapability (see Figure 5 for an overview of the criminal justice \ncapability of countries surveyed).',
		joined:
			'All countries (42 of 42) report having some law enforcement capability (see Figure 5 for an overview of the criminal justice capability of countries surveyed).',
		at: [15, 23],
		heading: 'Dedicated law enforcement'
	},
	{
		indicator_id: 'c04-law-enforcement',
		printed: 'all countries',
		source_ref: 'Dedicated law enforcement: Gaps, challenges, and lessons learned, lines 2320-2321',
		value_kind: 'words',
		agrees: true,
		raw: 'While all countries have some law enforcement capacity around \nchild sexual exploitation and abuse, there are significant \nconstraints.',
		joined:
			'While all countries have some law enforcement capacity around child sexual exploitation and abuse, there are significant constraints.',
		at: [6, 19],
		heading: 'Dedicated law enforcement'
	},
	{
		indicator_id: 'c04-unit-sexual-offences-children',
		printed: 'Most countries surveyed',
		source_ref: 'Dedicated law enforcement: Current status, lines 2106-2108',
		value_kind: 'words',
		agrees: null,
		raw: 'Most countries surveyed had \nunits that dealt with sexual offences against children and units \nwith digital forensic capability.',
		joined:
			'Most countries surveyed had units that dealt with sexual offences against children and units with digital forensic capability.',
		at: [0, 23],
		heading: 'Dedicated law enforcement'
	},
	{
		indicator_id: 'c04-unit-digital-forensics',
		printed: 'Most countries surveyed',
		source_ref: 'Dedicated law enforcement: Current status, lines 2106-2108',
		value_kind: 'words',
		agrees: null,
		raw: 'Most countries surveyed had \nunits that dealt with sexual offences against children and units \nwith digital forensic capability.',
		joined:
			'Most countries surveyed had units that dealt with sexual offences against children and units with digital forensic capability.',
		at: [0, 23],
		heading: 'Dedicated law enforcement'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: 'almost all',
		source_ref: 'Key findings, lines 494-498',
		value_kind: 'words',
		agrees: true,
		raw: 'Judiciary and prosecutors: The judiciary and prosecution service \nhave some specialist knowledge and skills required to enable \npositive outcomes for victims/survivors of all forms of child \nsexual exploitation and abuse in almost all surveyed countries \n(88 per cent, 36 of 41).',
		joined:
			'Judiciary and prosecutors: The judiciary and prosecution service have some specialist knowledge and skills required to enable positive outcomes for victims/survivors of all forms of child sexual exploitation and abuse in almost all surveyed countries (88 per cent, 36 of 41).',
		at: [224, 234],
		heading: null
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '88 per cent',
		source_ref: 'Key findings, lines 494-498',
		value_kind: 'pct',
		agrees: true,
		raw: 'Judiciary and prosecutors: The judiciary and prosecution service \nhave some specialist knowledge and skills required to enable \npositive outcomes for victims/survivors of all forms of child \nsexual exploitation and abuse in almost all surveyed countries \n(88 per cent, 36 of 41).',
		joined:
			'Judiciary and prosecutors: The judiciary and prosecution service have some specialist knowledge and skills required to enable positive outcomes for victims/survivors of all forms of child sexual exploitation and abuse in almost all surveyed countries (88 per cent, 36 of 41).',
		at: [256, 267],
		heading: null
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '36 of 41',
		source_ref: 'Key findings, lines 494-498',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Judiciary and prosecutors: The judiciary and prosecution service \nhave some specialist knowledge and skills required to enable \npositive outcomes for victims/survivors of all forms of child \nsexual exploitation and abuse in almost all surveyed countries \n(88 per cent, 36 of 41).',
		joined:
			'Judiciary and prosecutors: The judiciary and prosecution service have some specialist knowledge and skills required to enable positive outcomes for victims/survivors of all forms of child sexual exploitation and abuse in almost all surveyed countries (88 per cent, 36 of 41).',
		at: [269, 277],
		heading: null
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '36 out of 41',
		source_ref: 'Domain 2 call-out, lines 530-538',
		value_kind: 'fraction',
		agrees: true,
		raw: 'surveyed countries have a judiciary \nand prosecution service with some \nspecialist knowledge and skills \nrequired to enable positive outcomes \nfor victims/survivors of all forms of \nchild sexual exploitation and abuse\n\n36\n out of 41',
		joined:
			'surveyed countries have a judiciary and prosecution service with some specialist knowledge and skills required to enable positive outcomes for victims/survivors of all forms of child sexual exploitation and abuse  36 out of 41',
		at: [219, 232],
		heading: null
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: 'Almost all countries',
		source_ref: 'Judiciary and prosecutors: Current status, lines 2411-2411',
		value_kind: 'words',
		agrees: true,
		raw: 'Almost all countries (88 per cent, 36 of 41 ) reported that the \njudiciary and/or prosecution service have some specialist \nknowledge and skills.',
		joined:
			'Almost all countries (88 per cent, 36 of 41 ) reported that the judiciary and/or prosecution service have some specialist knowledge and skills.',
		at: [0, 20],
		heading: 'Judiciary and prosecutors'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '88 per cent',
		source_ref: 'Judiciary and prosecutors: Current status, lines 2411-2411',
		value_kind: 'pct',
		agrees: true,
		raw: 'Almost all countries (88 per cent, 36 of 41 ) reported that the \njudiciary and/or prosecution service have some specialist \nknowledge and skills.',
		joined:
			'Almost all countries (88 per cent, 36 of 41 ) reported that the judiciary and/or prosecution service have some specialist knowledge and skills.',
		at: [22, 33],
		heading: 'Judiciary and prosecutors'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '36 of 41',
		source_ref: 'Judiciary and prosecutors: Current status, lines 2411-2411',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Almost all countries (88 per cent, 36 of 41 ) reported that the \njudiciary and/or prosecution service have some specialist \nknowledge and skills.',
		joined:
			'Almost all countries (88 per cent, 36 of 41 ) reported that the judiciary and/or prosecution service have some specialist knowledge and skills.',
		at: [35, 43],
		heading: 'Judiciary and prosecutors'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: 'Almost three-quarters',
		source_ref: 'Key findings, lines 508-510',
		value_kind: 'words',
		agrees: true,
		raw: 'Offender management: Almost three-quarters of surveyed \ncountries (71 per cent, 30 of 42) have some processes in place to \nmanage and/or rehabilitate child sex offenders.',
		joined:
			'Offender management: Almost three-quarters of surveyed countries (71 per cent, 30 of 42) have some processes in place to manage and/or rehabilitate child sex offenders.',
		at: [21, 42],
		heading: null
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '71 per cent',
		source_ref: 'Key findings, lines 508-510',
		value_kind: 'pct',
		agrees: true,
		raw: 'Offender management: Almost three-quarters of surveyed \ncountries (71 per cent, 30 of 42) have some processes in place to \nmanage and/or rehabilitate child sex offenders.',
		joined:
			'Offender management: Almost three-quarters of surveyed countries (71 per cent, 30 of 42) have some processes in place to manage and/or rehabilitate child sex offenders.',
		at: [67, 78],
		heading: null
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '30 of 42',
		source_ref: 'Key findings, lines 508-510',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Offender management: Almost three-quarters of surveyed \ncountries (71 per cent, 30 of 42) have some processes in place to \nmanage and/or rehabilitate child sex offenders.',
		joined:
			'Offender management: Almost three-quarters of surveyed countries (71 per cent, 30 of 42) have some processes in place to manage and/or rehabilitate child sex offenders.',
		at: [80, 88],
		heading: null
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '12',
		source_ref: 'Key findings, lines 510-512',
		value_kind: 'count_no',
		agrees: true,
		raw: 'The 12 countries \nwith no offender management interventions are low- and middle-\nincome countries.',
		joined:
			'The 12 countries with no offender management interventions are low- and middle-income countries.',
		at: [4, 6],
		heading: null
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '71 per cent',
		source_ref: 'Offender management process: Current status, lines 2624-2624',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 42 countries surveyed, 71 per cent (30) have processes \nin place to manage and/or rehabilitate child sex offenders (see \nFigure 6).',
		joined:
			'Of the 42 countries surveyed, 71 per cent (30) have processes in place to manage and/or rehabilitate child sex offenders (see Figure 6).',
		at: [30, 41],
		heading: 'Offender management process'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '30',
		source_ref: 'Offender management process: Current status, lines 2624-2624',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries surveyed, 71 per cent (30) have processes \nin place to manage and/or rehabilitate child sex offenders (see \nFigure 6).',
		joined:
			'Of the 42 countries surveyed, 71 per cent (30) have processes in place to manage and/or rehabilitate child sex offenders (see Figure 6).',
		at: [43, 45],
		heading: 'Offender management process'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '12',
		source_ref:
			'Offender management process: Gaps, challenges and lessons learned, lines 2725-2726',
		value_kind: 'count_no',
		agrees: true,
		raw: 'The 12 countries with no offender management systems were in \nlow- and middle-income categories.',
		joined:
			'The 12 countries with no offender management systems were in low- and middle-income categories.',
		at: [4, 6],
		heading: 'Offender management process'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: 'Two-thirds',
		source_ref: 'Key findings, lines 515-517',
		value_kind: 'words',
		agrees: true,
		raw: 'Access to image databases: Two-thirds of surveyed countries \n(69 per cent, 29 of 42) are connected to Interpol’s International \nChild Sexual Exploitation (ICSE) database,21  and one-third (33 \nper cent, 14 of 42) have a national database.',
		joined:
			'Access to image databases: Two-thirds of surveyed countries (69 per cent, 29 of 42) are connected to Interpol’s International Child Sexual Exploitation (ICSE) database,21  and one-third (33 per cent, 14 of 42) have a national database.',
		at: [27, 37],
		heading: null
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '69 per cent',
		source_ref: 'Key findings, lines 515-517',
		value_kind: 'pct',
		agrees: true,
		raw: 'Access to image databases: Two-thirds of surveyed countries \n(69 per cent, 29 of 42) are connected to Interpol’s International \nChild Sexual Exploitation (ICSE) database,21  and one-third (33 \nper cent, 14 of 42) have a national database.',
		joined:
			'Access to image databases: Two-thirds of surveyed countries (69 per cent, 29 of 42) are connected to Interpol’s International Child Sexual Exploitation (ICSE) database,21  and one-third (33 per cent, 14 of 42) have a national database.',
		at: [62, 73],
		heading: null
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '29 of 42',
		source_ref: 'Key findings, lines 515-517',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Access to image databases: Two-thirds of surveyed countries \n(69 per cent, 29 of 42) are connected to Interpol’s International \nChild Sexual Exploitation (ICSE) database,21  and one-third (33 \nper cent, 14 of 42) have a national database.',
		joined:
			'Access to image databases: Two-thirds of surveyed countries (69 per cent, 29 of 42) are connected to Interpol’s International Child Sexual Exploitation (ICSE) database,21  and one-third (33 per cent, 14 of 42) have a national database.',
		at: [75, 83],
		heading: null
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '69%',
		source_ref: 'Domain 2 call-out, lines 524-528',
		value_kind: 'pct',
		agrees: true,
		raw: '69%\nof surveyed countries are \nconnected to Interpol’s \nInternational Child Sexual \nExploitation (ICSE) database',
		joined:
			'69% of surveyed countries are connected to Interpol’s International Child Sexual Exploitation (ICSE) database',
		at: [0, 3],
		heading: null
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: 'two-thirds',
		source_ref: 'Access to image databases: Current status, lines 2782-2782',
		value_kind: 'words',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, two-thirds (29; 69 per cent) are connected to the  \nICSE database and one-third (14; 33 per cent) have a  \nnational database.',
		joined:
			'Of the 42 countries surveyed, two-thirds (29; 69 per cent) are connected to the ICSE database and one-third (14; 33 per cent) have a national database.',
		at: [31, 41],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '29',
		source_ref: 'Access to image databases: Current status, lines 2782-2782',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, two-thirds (29; 69 per cent) are connected to the  \nICSE database and one-third (14; 33 per cent) have a  \nnational database.',
		joined:
			'Of the 42 countries surveyed, two-thirds (29; 69 per cent) are connected to the ICSE database and one-third (14; 33 per cent) have a national database.',
		at: [43, 45],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '69 per cent',
		source_ref: 'Access to image databases: Current status, lines 2782-2782',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, two-thirds (29; 69 per cent) are connected to the  \nICSE database and one-third (14; 33 per cent) have a  \nnational database.',
		joined:
			'Of the 42 countries surveyed, two-thirds (29; 69 per cent) are connected to the ICSE database and one-third (14; 33 per cent) have a national database.',
		at: [47, 58],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-icse-not-connected-lmic-share',
		printed: '92 per cent',
		source_ref: 'Key findings, lines 518-520',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 13 countries \nnot yet connected to the ICSE database, 92 per cent (12) are \nlow- and middle-income countries.',
		joined:
			'Of the 13 countries not yet connected to the ICSE database, 92 per cent (12) are low- and middle-income countries.',
		at: [61, 72],
		heading: null
	},
	{
		indicator_id: 'c07-icse-not-connected-lmic-share',
		printed: '12',
		source_ref: 'Key findings, lines 518-520',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 13 countries \nnot yet connected to the ICSE database, 92 per cent (12) are \nlow- and middle-income countries.',
		joined:
			'Of the 13 countries not yet connected to the ICSE database, 92 per cent (12) are low- and middle-income countries.',
		at: [74, 76],
		heading: null
	},
	{
		indicator_id: 'c07-icse-not-connected-lmic-share',
		printed: '92 per cent',
		source_ref: 'Access to image databases: Gaps, challenges and lessons learned, lines 2834-2835',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 13 countries not yet connected to the ICSE database, 92 \nper cent (12) are low- and middle-income countries.',
		joined:
			'Of the 13 countries not yet connected to the ICSE database, 92 per cent (12) are low- and middle-income countries.',
		at: [60, 72],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-icse-not-connected-lmic-share',
		printed: '12',
		source_ref: 'Access to image databases: Gaps, challenges and lessons learned, lines 2834-2835',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 13 countries not yet connected to the ICSE database, 92 \nper cent (12) are low- and middle-income countries.',
		joined:
			'Of the 13 countries not yet connected to the ICSE database, 92 per cent (12) are low- and middle-income countries.',
		at: [74, 76],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-national-database',
		printed: 'one-third',
		source_ref: 'Key findings, lines 517-518',
		value_kind: 'words',
		agrees: true,
		raw: 'Access to image databases: Two-thirds of surveyed countries \n(69 per cent, 29 of 42) are connected to Interpol’s International \nChild Sexual Exploitation (ICSE) database,21  and one-third (33 \nper cent, 14 of 42) have a national database.',
		joined:
			'Access to image databases: Two-thirds of surveyed countries (69 per cent, 29 of 42) are connected to Interpol’s International Child Sexual Exploitation (ICSE) database,21  and one-third (33 per cent, 14 of 42) have a national database.',
		at: [178, 187],
		heading: null
	},
	{
		indicator_id: 'c07-national-database',
		printed: '33 per cent',
		source_ref: 'Key findings, lines 517-518',
		value_kind: 'pct',
		agrees: true,
		raw: 'Access to image databases: Two-thirds of surveyed countries \n(69 per cent, 29 of 42) are connected to Interpol’s International \nChild Sexual Exploitation (ICSE) database,21  and one-third (33 \nper cent, 14 of 42) have a national database.',
		joined:
			'Access to image databases: Two-thirds of surveyed countries (69 per cent, 29 of 42) are connected to Interpol’s International Child Sexual Exploitation (ICSE) database,21  and one-third (33 per cent, 14 of 42) have a national database.',
		at: [189, 201],
		heading: null
	},
	{
		indicator_id: 'c07-national-database',
		printed: '14 of 42',
		source_ref: 'Key findings, lines 517-518',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Access to image databases: Two-thirds of surveyed countries \n(69 per cent, 29 of 42) are connected to Interpol’s International \nChild Sexual Exploitation (ICSE) database,21  and one-third (33 \nper cent, 14 of 42) have a national database.',
		joined:
			'Access to image databases: Two-thirds of surveyed countries (69 per cent, 29 of 42) are connected to Interpol’s International Child Sexual Exploitation (ICSE) database,21  and one-third (33 per cent, 14 of 42) have a national database.',
		at: [203, 211],
		heading: null
	},
	{
		indicator_id: 'c07-national-database',
		printed: 'one-third',
		source_ref: 'Access to image databases: Current status, lines 2783-2783',
		value_kind: 'words',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, two-thirds (29; 69 per cent) are connected to the  \nICSE database and one-third (14; 33 per cent) have a  \nnational database.',
		joined:
			'Of the 42 countries surveyed, two-thirds (29; 69 per cent) are connected to the ICSE database and one-third (14; 33 per cent) have a national database.',
		at: [101, 110],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-national-database',
		printed: '14',
		source_ref: 'Access to image databases: Current status, lines 2783-2783',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, two-thirds (29; 69 per cent) are connected to the  \nICSE database and one-third (14; 33 per cent) have a  \nnational database.',
		joined:
			'Of the 42 countries surveyed, two-thirds (29; 69 per cent) are connected to the ICSE database and one-third (14; 33 per cent) have a national database.',
		at: [112, 114],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c07-national-database',
		printed: '33 per cent',
		source_ref: 'Access to image databases: Current status, lines 2783-2783',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, two-thirds (29; 69 per cent) are connected to the  \nICSE database and one-third (14; 33 per cent) have a  \nnational database.',
		joined:
			'Of the 42 countries surveyed, two-thirds (29; 69 per cent) are connected to the ICSE database and one-third (14; 33 per cent) have a national database.',
		at: [116, 127],
		heading: 'Access to image databases'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: 'Over two-thirds',
		source_ref: 'Key findings: End-to-end support, lines 553-554',
		value_kind: 'words',
		agrees: true,
		raw: 'End-to-end support: Over two-thirds of surveyed countries (69 \nper cent, 29 of 42) have integrated support for victims/survivors \nthrough investigation, legal proceedings and beyond.',
		joined:
			'End-to-end support: Over two-thirds of surveyed countries (69 per cent, 29 of 42) have integrated support for victims/survivors through investigation, legal proceedings and beyond.',
		at: [20, 35],
		heading: null
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '69 per cent',
		source_ref: 'Key findings: End-to-end support, lines 553-554',
		value_kind: 'pct',
		agrees: true,
		raw: 'End-to-end support: Over two-thirds of surveyed countries (69 \nper cent, 29 of 42) have integrated support for victims/survivors \nthrough investigation, legal proceedings and beyond.',
		joined:
			'End-to-end support: Over two-thirds of surveyed countries (69 per cent, 29 of 42) have integrated support for victims/survivors through investigation, legal proceedings and beyond.',
		at: [59, 71],
		heading: null
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '29 of 42',
		source_ref: 'Key findings: End-to-end support, lines 553-554',
		value_kind: 'fraction',
		agrees: true,
		raw: 'End-to-end support: Over two-thirds of surveyed countries (69 \nper cent, 29 of 42) have integrated support for victims/survivors \nthrough investigation, legal proceedings and beyond.',
		joined:
			'End-to-end support: Over two-thirds of surveyed countries (69 per cent, 29 of 42) have integrated support for victims/survivors through investigation, legal proceedings and beyond.',
		at: [73, 81],
		heading: null
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '69 per cent',
		source_ref: 'End-to-end support: Current status, lines 2893-2894',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 42 countries, 69 per cent \n(29) report having this capability in place (see Figure 7 for an \noverview of the victim support capabilities of the  \ncountries surveyed).',
		joined:
			'Of the 42 countries, 69 per cent (29) report having this capability in place (see Figure 7 for an overview of the victim support capabilities of the countries surveyed).',
		at: [21, 32],
		heading: 'End-to-end support'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '29',
		source_ref: 'End-to-end support: Current status, lines 2893-2894',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries, 69 per cent \n(29) report having this capability in place (see Figure 7 for an \noverview of the victim support capabilities of the  \ncountries surveyed).',
		joined:
			'Of the 42 countries, 69 per cent (29) report having this capability in place (see Figure 7 for an overview of the victim support capabilities of the countries surveyed).',
		at: [35, 37],
		heading: 'End-to-end support'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: 'Almost a third',
		source_ref: 'End-to-end support: Gaps, challenges and lessons learned, lines 3017-3018',
		value_kind: 'words_no',
		agrees: true,
		raw: 'Almost a third of countries (31 per cent, 13 of 42) do not yet \nhave integrated or multisectoral support for victims/survivors \nof child sexual exploitation and abuse.',
		joined:
			'Almost a third of countries (31 per cent, 13 of 42) do not yet have integrated or multisectoral support for victims/survivors of child sexual exploitation and abuse.',
		at: [0, 14],
		heading: 'End-to-end support'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '31 per cent',
		source_ref: 'End-to-end support: Gaps, challenges and lessons learned, lines 3017-3018',
		value_kind: 'pct_no',
		agrees: true,
		raw: 'Almost a third of countries (31 per cent, 13 of 42) do not yet \nhave integrated or multisectoral support for victims/survivors \nof child sexual exploitation and abuse.',
		joined:
			'Almost a third of countries (31 per cent, 13 of 42) do not yet have integrated or multisectoral support for victims/survivors of child sexual exploitation and abuse.',
		at: [29, 40],
		heading: 'End-to-end support'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '13 of 42',
		source_ref: 'End-to-end support: Gaps, challenges and lessons learned, lines 3017-3018',
		value_kind: 'count_no',
		agrees: true,
		raw: 'Almost a third of countries (31 per cent, 13 of 42) do not yet \nhave integrated or multisectoral support for victims/survivors \nof child sexual exploitation and abuse.',
		joined:
			'Almost a third of countries (31 per cent, 13 of 42) do not yet have integrated or multisectoral support for victims/survivors of child sexual exploitation and abuse.',
		at: [42, 50],
		heading: 'End-to-end support'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: 'Most',
		source_ref: 'Key findings: Child protection workforce, lines 561-562',
		value_kind: 'words',
		agrees: true,
		raw: 'Child protection workforce: Most countries surveyed (83 per \ncent, 34 of 41) have a skilled, specialist workforce that is trained, \ncoordinated and available to support victims/survivors of child \nsexual exploitation and abuse.',
		joined:
			'Child protection workforce: Most countries surveyed (83 per cent, 34 of 41) have a skilled, specialist workforce that is trained, coordinated and available to support victims/survivors of child sexual exploitation and abuse.',
		at: [28, 32],
		heading: null
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '83 per cent',
		source_ref: 'Key findings: Child protection workforce, lines 561-562',
		value_kind: 'pct',
		agrees: true,
		raw: 'Child protection workforce: Most countries surveyed (83 per \ncent, 34 of 41) have a skilled, specialist workforce that is trained, \ncoordinated and available to support victims/survivors of child \nsexual exploitation and abuse.',
		joined:
			'Child protection workforce: Most countries surveyed (83 per cent, 34 of 41) have a skilled, specialist workforce that is trained, coordinated and available to support victims/survivors of child sexual exploitation and abuse.',
		at: [53, 65],
		heading: null
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '34 of 41',
		source_ref: 'Key findings: Child protection workforce, lines 561-562',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Child protection workforce: Most countries surveyed (83 per \ncent, 34 of 41) have a skilled, specialist workforce that is trained, \ncoordinated and available to support victims/survivors of child \nsexual exploitation and abuse.',
		joined:
			'Child protection workforce: Most countries surveyed (83 per cent, 34 of 41) have a skilled, specialist workforce that is trained, coordinated and available to support victims/survivors of child sexual exploitation and abuse.',
		at: [67, 75],
		heading: null
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '83 per cent',
		source_ref: 'Child protection workforce: Current status, lines 3062-3063',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the surveyed countries, 83 per cent (34 of 41109) report having \nthis capability.',
		joined: 'Of the surveyed countries, 83 per cent (34 of 41109) report having this capability.',
		at: [27, 38],
		heading: 'Child protection workforce'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '34 of 41',
		source_ref: 'Child protection workforce: Current status, lines 3062-3063',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Of the surveyed countries, 83 per cent (34 of 41109) report having \nthis capability.',
		joined: 'Of the surveyed countries, 83 per cent (34 of 41109) report having this capability.',
		at: [40, 48],
		heading: 'Child protection workforce'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: 'Almost a quarter',
		source_ref: 'Child protection workforce: Gaps, challenges and lessons learned, lines 3108-3109',
		value_kind: 'words_no',
		agrees: false,
		raw: 'Almost a quarter of countries (23 per cent, 7 of 41) do not have a \nchild protection workforce to support victims/survivors.',
		joined:
			'Almost a quarter of countries (23 per cent, 7 of 41) do not have a child protection workforce to support victims/survivors.',
		at: [0, 16],
		heading: 'Child protection workforce'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '23 per cent',
		source_ref: 'Child protection workforce: Gaps, challenges and lessons learned, lines 3108-3109',
		value_kind: 'pct_no',
		agrees: false,
		raw: 'Almost a quarter of countries (23 per cent, 7 of 41) do not have a \nchild protection workforce to support victims/survivors.',
		joined:
			'Almost a quarter of countries (23 per cent, 7 of 41) do not have a child protection workforce to support victims/survivors.',
		at: [31, 42],
		heading: 'Child protection workforce'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '7 of 41',
		source_ref: 'Child protection workforce: Gaps, challenges and lessons learned, lines 3108-3109',
		value_kind: 'count_no',
		agrees: true,
		raw: 'Almost a quarter of countries (23 per cent, 7 of 41) do not have a \nchild protection workforce to support victims/survivors.',
		joined:
			'Almost a quarter of countries (23 per cent, 7 of 41) do not have a child protection workforce to support victims/survivors.',
		at: [44, 51],
		heading: 'Child protection workforce'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: 'Most',
		source_ref: 'Key findings: Compensation, remedies and complaints arrangements, lines 593-594',
		value_kind: 'words',
		agrees: true,
		raw: 'Compensation, remedies and complaints arrangements: Most \ncountries surveyed (81 per cent, 34 of 42) have some aspects \nof effective remedy or reparations in place.',
		joined:
			'Compensation, remedies and complaints arrangements: Most countries surveyed (81 per cent, 34 of 42) have some aspects of effective remedy or reparations in place.',
		at: [52, 56],
		heading: null
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '81 per cent',
		source_ref: 'Key findings: Compensation, remedies and complaints arrangements, lines 593-594',
		value_kind: 'pct',
		agrees: true,
		raw: 'Compensation, remedies and complaints arrangements: Most \ncountries surveyed (81 per cent, 34 of 42) have some aspects \nof effective remedy or reparations in place.',
		joined:
			'Compensation, remedies and complaints arrangements: Most countries surveyed (81 per cent, 34 of 42) have some aspects of effective remedy or reparations in place.',
		at: [78, 89],
		heading: null
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '34 of 42',
		source_ref: 'Key findings: Compensation, remedies and complaints arrangements, lines 593-594',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Compensation, remedies and complaints arrangements: Most \ncountries surveyed (81 per cent, 34 of 42) have some aspects \nof effective remedy or reparations in place.',
		joined:
			'Compensation, remedies and complaints arrangements: Most countries surveyed (81 per cent, 34 of 42) have some aspects of effective remedy or reparations in place.',
		at: [91, 99],
		heading: null
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '81 per cent',
		source_ref:
			'Compensation, remedies and complaints arrangements: Current status, lines 3167-3168',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 42 countries surveyed, 81 per cent (34) have aspects of \nthis capability in place.',
		joined:
			'Of the 42 countries surveyed, 81 per cent (34) have aspects of this capability in place.',
		at: [30, 41],
		heading: 'Compensation, remedies  and \ncomplaints arrangements'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '34',
		source_ref:
			'Compensation, remedies and complaints arrangements: Current status, lines 3167-3168',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries surveyed, 81 per cent (34) have aspects of \nthis capability in place.',
		joined:
			'Of the 42 countries surveyed, 81 per cent (34) have aspects of this capability in place.',
		at: [43, 45],
		heading: 'Compensation, remedies  and \ncomplaints arrangements'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: 'Almost 20 per cent',
		source_ref:
			'Compensation, remedies and complaints arrangements: Gaps, challenges and lessons learned, lines 3280-3281',
		value_kind: 'pct_no',
		agrees: true,
		raw: 'Almost 20 per cent of countries (8 of 42) have no effective \nremedies or reparations for child victims/survivors of sexual \nexploitation and abuse.',
		joined:
			'Almost 20 per cent of countries (8 of 42) have no effective remedies or reparations for child victims/survivors of sexual exploitation and abuse.',
		at: [0, 18],
		heading: 'Compensation, remedies  and \ncomplaints arrangements'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '8 of 42',
		source_ref:
			'Compensation, remedies and complaints arrangements: Gaps, challenges and lessons learned, lines 3280-3281',
		value_kind: 'count_no',
		agrees: true,
		raw: 'Almost 20 per cent of countries (8 of 42) have no effective \nremedies or reparations for child victims/survivors of sexual \nexploitation and abuse.',
		joined:
			'Almost 20 per cent of countries (8 of 42) have no effective remedies or reparations for child victims/survivors of sexual exploitation and abuse.',
		at: [33, 40],
		heading: 'Compensation, remedies  and \ncomplaints arrangements'
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '95%',
		source_ref: 'Key findings call-out (Domain 3), lines 588-591',
		value_kind: 'pct',
		agrees: true,
		raw: '95% of surveyed \ncountries have \na national \nchild helpline',
		joined: '95% of surveyed countries have a national child helpline',
		at: [0, 3],
		heading: null
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: 'Almost all',
		source_ref: 'Key findings: Child helpline, lines 602-603',
		value_kind: 'words',
		agrees: true,
		raw: 'Child helpline: Almost all countries surveyed (95 per cent, 40 \nof 42) have a national child helpline.22',
		joined:
			'Child helpline: Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline.22',
		at: [16, 26],
		heading: null
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '95 per cent',
		source_ref: 'Key findings: Child helpline, lines 602-603',
		value_kind: 'pct',
		agrees: true,
		raw: 'Child helpline: Almost all countries surveyed (95 per cent, 40 \nof 42) have a national child helpline.22',
		joined:
			'Child helpline: Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline.22',
		at: [47, 58],
		heading: null
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '40 of 42',
		source_ref: 'Key findings: Child helpline, lines 602-603',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Child helpline: Almost all countries surveyed (95 per cent, 40 \nof 42) have a national child helpline.22',
		joined:
			'Child helpline: Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline.22',
		at: [60, 69],
		heading: null
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: 'Almost all',
		source_ref: 'Child helpline: Current status, lines 3303-3304',
		value_kind: 'words',
		agrees: true,
		raw: 'Almost all surveyed countries (95 per cent, 40 of 42) have a \nnational child helpline.',
		joined: 'Almost all surveyed countries (95 per cent, 40 of 42) have a national child helpline.',
		at: [0, 10],
		heading: 'Child helpline'
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '95 per cent',
		source_ref: 'Child helpline: Current status, lines 3303-3304',
		value_kind: 'pct',
		agrees: true,
		raw: 'Almost all surveyed countries (95 per cent, 40 of 42) have a \nnational child helpline.',
		joined: 'Almost all surveyed countries (95 per cent, 40 of 42) have a national child helpline.',
		at: [31, 42],
		heading: 'Child helpline'
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '40 of 42',
		source_ref: 'Child helpline: Current status, lines 3303-3304',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Almost all surveyed countries (95 per cent, 40 of 42) have a \nnational child helpline.',
		joined: 'Almost all surveyed countries (95 per cent, 40 of 42) have a national child helpline.',
		at: [44, 52],
		heading: 'Child helpline'
	},
	{
		indicator_id: 'c12-hotline',
		printed: 'Most countries surveyed',
		source_ref: 'Key findings, lines 617-621',
		value_kind: 'words',
		agrees: true,
		raw: 'Most countries surveyed (90 per cent, 38 of 42) have a \ndedicated hotline or portal.',
		joined: 'Most countries surveyed (90 per cent, 38 of 42) have a dedicated hotline or portal.',
		at: [0, 23],
		heading: null
	},
	{
		indicator_id: 'c12-hotline',
		printed: '90 per cent',
		source_ref: 'Key findings, lines 617-621',
		value_kind: 'pct',
		agrees: true,
		raw: 'Most countries surveyed (90 per cent, 38 of 42) have a \ndedicated hotline or portal.',
		joined: 'Most countries surveyed (90 per cent, 38 of 42) have a dedicated hotline or portal.',
		at: [25, 36],
		heading: null
	},
	{
		indicator_id: 'c12-hotline',
		printed: '38 of 42',
		source_ref: 'Key findings, lines 617-621',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Most countries surveyed (90 per cent, 38 of 42) have a \ndedicated hotline or portal.',
		joined: 'Most countries surveyed (90 per cent, 38 of 42) have a dedicated hotline or portal.',
		at: [38, 46],
		heading: null
	},
	{
		indicator_id: 'c12-hotline',
		printed: '90 per cent',
		source_ref: 'Hotline: Current status, lines 3360-3365',
		value_kind: 'pct',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, 90 per cent (38) have a dedicated hotline or reporting \nportal (see Figure 8 for an overview of the societal responses to \nonline child sexual exploitation and abuse).',
		joined:
			'Of the 42 countries surveyed, 90 per cent (38) have a dedicated hotline or reporting portal (see Figure 8 for an overview of the societal responses to online child sexual exploitation and abuse).',
		at: [31, 42],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-hotline',
		printed: '38',
		source_ref: 'Hotline: Current status, lines 3360-3365',
		value_kind: 'count',
		agrees: true,
		raw: 'Of the 42 countries \nsurveyed, 90 per cent (38) have a dedicated hotline or reporting \nportal (see Figure 8 for an overview of the societal responses to \nonline child sexual exploitation and abuse).',
		joined:
			'Of the 42 countries surveyed, 90 per cent (38) have a dedicated hotline or reporting portal (see Figure 8 for an overview of the societal responses to online child sexual exploitation and abuse).',
		at: [44, 46],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-inhope-member',
		printed: 'Over three-quarters of hotlines/portals',
		source_ref: 'Hotline: Current status, lines 3367-3368',
		value_kind: 'words',
		agrees: true,
		raw: 'Over three-quarters of hotlines/portals (76 per cent, 29 of 38) \nare part of the INHOPE network.119',
		joined:
			'Over three-quarters of hotlines/portals (76 per cent, 29 of 38) are part of the INHOPE network.119',
		at: [0, 39],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-inhope-member',
		printed: '76 per cent',
		source_ref: 'Hotline: Current status, lines 3367-3368',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over three-quarters of hotlines/portals (76 per cent, 29 of 38) \nare part of the INHOPE network.119',
		joined:
			'Over three-quarters of hotlines/portals (76 per cent, 29 of 38) are part of the INHOPE network.119',
		at: [41, 52],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-inhope-member',
		printed: '29 of 38',
		source_ref: 'Hotline: Current status, lines 3367-3368',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over three-quarters of hotlines/portals (76 per cent, 29 of 38) \nare part of the INHOPE network.119',
		joined:
			'Over three-quarters of hotlines/portals (76 per cent, 29 of 38) are part of the INHOPE network.119',
		at: [54, 62],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-national-hotline-org',
		printed: 'two-thirds of countries',
		source_ref: 'Hotline: Current status, lines 3368-3369',
		value_kind: 'words',
		agrees: true,
		raw: 'In two-thirds of countries (66 \nper cent, 19 of 29), a national hotline website is operated by a \nnational organization where local analysts investigate the report \nand remove the content.',
		joined:
			'In two-thirds of countries (66 per cent, 19 of 29), a national hotline website is operated by a national organization where local analysts investigate the report and remove the content.',
		at: [3, 26],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-national-hotline-org',
		printed: '66 per cent',
		source_ref: 'Hotline: Current status, lines 3368-3369',
		value_kind: 'pct',
		agrees: true,
		raw: 'In two-thirds of countries (66 \nper cent, 19 of 29), a national hotline website is operated by a \nnational organization where local analysts investigate the report \nand remove the content.',
		joined:
			'In two-thirds of countries (66 per cent, 19 of 29), a national hotline website is operated by a national organization where local analysts investigate the report and remove the content.',
		at: [28, 40],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-national-hotline-org',
		printed: '19 of 29',
		source_ref: 'Hotline: Current status, lines 3368-3369',
		value_kind: 'fraction',
		agrees: true,
		raw: 'In two-thirds of countries (66 \nper cent, 19 of 29), a national hotline website is operated by a \nnational organization where local analysts investigate the report \nand remove the content.',
		joined:
			'In two-thirds of countries (66 per cent, 19 of 29), a national hotline website is operated by a national organization where local analysts investigate the report and remove the content.',
		at: [42, 50],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c12-iwf-portal',
		printed: '10 countries',
		source_ref: 'Hotline: Current status, lines 3374-3376',
		value_kind: 'count',
		agrees: true,
		raw: 'The other 10 countries have reporting \nportals operated by the UK-based INHOPE Member Internet \nWatch Foundation (IWF).120',
		joined:
			'The other 10 countries have reporting portals operated by the UK-based INHOPE Member Internet Watch Foundation (IWF).120',
		at: [10, 22],
		heading: 'Hotline'
	},
	{
		indicator_id: 'c13-education',
		printed: 'Over three-quarters of surveyed countries',
		source_ref: 'Key findings, lines 625-626',
		value_kind: 'words',
		agrees: true,
		raw: 'Education programme: Over three-quarters of surveyed countries \n(76 per cent, 32 of 42) have a national education programme on \nchild sexual exploitation and abuse, including forms facilitated \nby technology.',
		joined:
			'Education programme: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national education programme on child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [21, 62],
		heading: null
	},
	{
		indicator_id: 'c13-education',
		printed: '76 per cent',
		source_ref: 'Key findings, lines 625-626',
		value_kind: 'pct',
		agrees: true,
		raw: 'Education programme: Over three-quarters of surveyed countries \n(76 per cent, 32 of 42) have a national education programme on \nchild sexual exploitation and abuse, including forms facilitated \nby technology.',
		joined:
			'Education programme: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national education programme on child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [65, 76],
		heading: null
	},
	{
		indicator_id: 'c13-education',
		printed: '32 of 42',
		source_ref: 'Key findings, lines 625-626',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Education programme: Over three-quarters of surveyed countries \n(76 per cent, 32 of 42) have a national education programme on \nchild sexual exploitation and abuse, including forms facilitated \nby technology.',
		joined:
			'Education programme: Over three-quarters of surveyed countries (76 per cent, 32 of 42) have a national education programme on child sexual exploitation and abuse, including forms facilitated by technology.',
		at: [78, 86],
		heading: null
	},
	{
		indicator_id: 'c13-education',
		printed: 'Over three-quarters of countries surveyed',
		source_ref: 'Education programme: Current status, lines 3440-3441',
		value_kind: 'words',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (76 per cent, 32 of \n42) have a national education programme.',
		joined:
			'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have a national education programme.',
		at: [0, 41],
		heading: 'Education programme'
	},
	{
		indicator_id: 'c13-education',
		printed: '76 per cent',
		source_ref: 'Education programme: Current status, lines 3440-3441',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (76 per cent, 32 of \n42) have a national education programme.',
		joined:
			'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have a national education programme.',
		at: [43, 54],
		heading: 'Education programme'
	},
	{
		indicator_id: 'c13-education',
		printed: '32 of 42',
		source_ref: 'Education programme: Current status, lines 3440-3441',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over three-quarters of countries surveyed (76 per cent, 32 of \n42) have a national education programme.',
		joined:
			'Over three-quarters of countries surveyed (76 per cent, 32 of 42) have a national education programme.',
		at: [56, 65],
		heading: 'Education programme'
	},
	{
		indicator_id: 'c13-education',
		printed: '10 countries',
		source_ref: 'Education programme: Gaps, lines 3688-3690',
		value_kind: 'count_no',
		agrees: true,
		raw: 'In 10 countries, \nthere are no programmes that could be described as ‘national’.',
		joined: 'In 10 countries, there are no programmes that could be described as ‘national’.',
		at: [3, 15],
		heading: 'Education programme'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: 'over two-thirds of countries',
		source_ref: 'Key findings, lines 638-640',
		value_kind: 'words',
		agrees: true,
		raw: 'Child participation: Children and young people are encouraged \nto give their ideas and influence policy and practice in over two-\nthirds of countries (71 per cent, 29 of 4123).',
		joined:
			'Child participation: Children and young people are encouraged to give their ideas and influence policy and practice in over two-thirds of countries (71 per cent, 29 of 4123).',
		at: [120, 149],
		heading: null
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '71 per cent',
		source_ref: 'Key findings, lines 638-640',
		value_kind: 'pct',
		agrees: true,
		raw: 'Child participation: Children and young people are encouraged \nto give their ideas and influence policy and practice in over two-\nthirds of countries (71 per cent, 29 of 4123).',
		joined:
			'Child participation: Children and young people are encouraged to give their ideas and influence policy and practice in over two-thirds of countries (71 per cent, 29 of 4123).',
		at: [151, 162],
		heading: null
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '29 of 41',
		source_ref: 'Key findings, lines 638-640',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Child participation: Children and young people are encouraged \nto give their ideas and influence policy and practice in over two-\nthirds of countries (71 per cent, 29 of 4123).',
		joined:
			'Child participation: Children and young people are encouraged to give their ideas and influence policy and practice in over two-thirds of countries (71 per cent, 29 of 4123).',
		at: [164, 172],
		heading: null
	},
	{
		indicator_id: 'c14-child-participation',
		printed: 'Over two-thirds of countries',
		source_ref: 'Child participation: Current status, lines 3735-3737',
		value_kind: 'words',
		agrees: true,
		raw: 'Over two-thirds of countries (71 per cent, 29 of 41136) state that \nchildren and young people are encouraged to give their ideas and \ninfluence policy and practice development.',
		joined:
			'Over two-thirds of countries (71 per cent, 29 of 41136) state that children and young people are encouraged to give their ideas and influence policy and practice development.',
		at: [0, 28],
		heading: 'Child participation'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '71 per cent',
		source_ref: 'Child participation: Current status, lines 3735-3737',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over two-thirds of countries (71 per cent, 29 of 41136) state that \nchildren and young people are encouraged to give their ideas and \ninfluence policy and practice development.',
		joined:
			'Over two-thirds of countries (71 per cent, 29 of 41136) state that children and young people are encouraged to give their ideas and influence policy and practice development.',
		at: [30, 41],
		heading: 'Child participation'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '29 of 41',
		source_ref: 'Child participation: Current status, lines 3735-3737',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over two-thirds of countries (71 per cent, 29 of 41136) state that \nchildren and young people are encouraged to give their ideas and \ninfluence policy and practice development.',
		joined:
			'Over two-thirds of countries (71 per cent, 29 of 41136) state that children and young people are encouraged to give their ideas and influence policy and practice development.',
		at: [43, 51],
		heading: 'Child participation'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '29 per cent',
		source_ref: 'Child participation: Gaps, lines 3816-3817',
		value_kind: 'pct_no',
		agrees: true,
		raw: 'In 29 per cent of countries (12 of 41), there is no experience of \nencouraging or facilitating meaningful child participation.',
		joined:
			'In 29 per cent of countries (12 of 41), there is no experience of encouraging or facilitating meaningful child participation.',
		at: [3, 14],
		heading: 'Child participation'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '12 of 41',
		source_ref: 'Child participation: Gaps, lines 3816-3817',
		value_kind: 'count_no',
		agrees: true,
		raw: 'In 29 per cent of countries (12 of 41), there is no experience of \nencouraging or facilitating meaningful child participation.',
		joined:
			'In 29 per cent of countries (12 of 41), there is no experience of encouraging or facilitating meaningful child participation.',
		at: [29, 37],
		heading: 'Child participation'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: 'Over half of surveyed countries',
		source_ref: 'Key findings, lines 645-650',
		value_kind: 'words',
		agrees: true,
		raw: 'Support systems for offenders or those at risk of offending \nto prevent harm to children: Over half of surveyed countries \n(59 per cent, 24 of 4124) have some sort of support system for \nconvicted child sex offenders, people with a sexual interest in \nchildren and young people displaying sexually harmful behaviour.',
		joined:
			'Support systems for offenders or those at risk of offending to prevent harm to children: Over half of surveyed countries (59 per cent, 24 of 4124) have some sort of support system for convicted child sex offenders, people with a sexual interest in children and young people displaying sexually harmful behaviour.',
		at: [90, 121],
		heading: null
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '59 per cent',
		source_ref: 'Key findings, lines 645-650',
		value_kind: 'pct',
		agrees: true,
		raw: 'Support systems for offenders or those at risk of offending \nto prevent harm to children: Over half of surveyed countries \n(59 per cent, 24 of 4124) have some sort of support system for \nconvicted child sex offenders, people with a sexual interest in \nchildren and young people displaying sexually harmful behaviour.',
		joined:
			'Support systems for offenders or those at risk of offending to prevent harm to children: Over half of surveyed countries (59 per cent, 24 of 4124) have some sort of support system for convicted child sex offenders, people with a sexual interest in children and young people displaying sexually harmful behaviour.',
		at: [124, 135],
		heading: null
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '24 of 41',
		source_ref: 'Key findings, lines 645-650',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Support systems for offenders or those at risk of offending \nto prevent harm to children: Over half of surveyed countries \n(59 per cent, 24 of 4124) have some sort of support system for \nconvicted child sex offenders, people with a sexual interest in \nchildren and young people displaying sexually harmful behaviour.',
		joined:
			'Support systems for offenders or those at risk of offending to prevent harm to children: Over half of surveyed countries (59 per cent, 24 of 4124) have some sort of support system for convicted child sex offenders, people with a sexual interest in children and young people displaying sexually harmful behaviour.',
		at: [137, 145],
		heading: null
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '17 countries',
		source_ref: 'Key findings, lines 645-651',
		value_kind: 'count_no',
		agrees: true,
		raw: 'The 17 countries with no support systems are from low- and \nmiddle-income categories.',
		joined: 'The 17 countries with no support systems are from low- and middle-income categories.',
		at: [4, 16],
		heading: null
	},
	{
		indicator_id: 'c15-offender-support',
		printed: 'Over half of surveyed countries',
		source_ref: 'Offender support systems: Current status, lines 3847-3848',
		value_kind: 'words',
		agrees: true,
		raw: 'Over half of surveyed countries (59 per cent, 24 of \n41139) have some sort of support system in place.',
		joined:
			'Over half of surveyed countries (59 per cent, 24 of 41139) have some sort of support system in place.',
		at: [0, 31],
		heading: 'Offender support systems'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '59 per cent',
		source_ref: 'Offender support systems: Current status, lines 3847-3848',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over half of surveyed countries (59 per cent, 24 of \n41139) have some sort of support system in place.',
		joined:
			'Over half of surveyed countries (59 per cent, 24 of 41139) have some sort of support system in place.',
		at: [33, 44],
		heading: 'Offender support systems'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '24 of 41',
		source_ref: 'Offender support systems: Current status, lines 3847-3848',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over half of surveyed countries (59 per cent, 24 of \n41139) have some sort of support system in place.',
		joined:
			'Over half of surveyed countries (59 per cent, 24 of 41139) have some sort of support system in place.',
		at: [46, 55],
		heading: 'Offender support systems'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: 'Almost half of the countries surveyed',
		source_ref: 'Offender support systems: Gaps, lines 3990-3992',
		value_kind: 'words_no',
		agrees: true,
		raw: 'Almost half of the countries surveyed (41 per cent, 17 of 41145) \ndo not have any support systems in place.',
		joined:
			'Almost half of the countries surveyed (41 per cent, 17 of 41145) do not have any support systems in place.',
		at: [0, 37],
		heading: 'Offender support systems'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '41 per cent',
		source_ref: 'Offender support systems: Gaps, lines 3990-3992',
		value_kind: 'pct_no',
		agrees: true,
		raw: 'Almost half of the countries surveyed (41 per cent, 17 of 41145) \ndo not have any support systems in place.',
		joined:
			'Almost half of the countries surveyed (41 per cent, 17 of 41145) do not have any support systems in place.',
		at: [39, 50],
		heading: 'Offender support systems'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '17 of 41',
		source_ref: 'Offender support systems: Gaps, lines 3990-3992',
		value_kind: 'count_no',
		agrees: true,
		raw: 'Almost half of the countries surveyed (41 per cent, 17 of 41145) \ndo not have any support systems in place.',
		joined:
			'Almost half of the countries surveyed (41 per cent, 17 of 41145) do not have any support systems in place.',
		at: [52, 60],
		heading: 'Offender support systems'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: 'Over two-thirds',
		source_ref: 'Key findings, lines 676-677',
		value_kind: 'words',
		agrees: true,
		raw: 'Framing the future: How the Model National Response framework is supporting \n Takedown procedures and reporting: Over two-thirds of surveyed \ncountries (73 per cent, 30 of 4125) have procedures to enable the \nremoval or blocking of child sexual abuse material.',
		joined:
			'Framing the future: How the Model National Response framework is supporting Takedown procedures and reporting: Over two-thirds of surveyed countries (73 per cent, 30 of 4125) have procedures to enable the removal or blocking of child sexual abuse material.',
		at: [113, 128],
		heading: null
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '73 per cent',
		source_ref: 'Key findings, lines 676-677',
		value_kind: 'pct',
		agrees: true,
		raw: 'Framing the future: How the Model National Response framework is supporting \n Takedown procedures and reporting: Over two-thirds of surveyed \ncountries (73 per cent, 30 of 4125) have procedures to enable the \nremoval or blocking of child sexual abuse material.',
		joined:
			'Framing the future: How the Model National Response framework is supporting Takedown procedures and reporting: Over two-thirds of surveyed countries (73 per cent, 30 of 4125) have procedures to enable the removal or blocking of child sexual abuse material.',
		at: [153, 164],
		heading: null
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '30 of 41',
		source_ref: 'Key findings, lines 676-677',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Framing the future: How the Model National Response framework is supporting \n Takedown procedures and reporting: Over two-thirds of surveyed \ncountries (73 per cent, 30 of 4125) have procedures to enable the \nremoval or blocking of child sexual abuse material.',
		joined:
			'Framing the future: How the Model National Response framework is supporting Takedown procedures and reporting: Over two-thirds of surveyed countries (73 per cent, 30 of 4125) have procedures to enable the removal or blocking of child sexual abuse material.',
		at: [166, 174],
		heading: null
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '73%',
		source_ref: 'Key findings call-out, lines 703-707',
		value_kind: 'pct',
		agrees: true,
		raw: '73%\nof surveyed countries have \nprocedures to enable the \nremoval or blocking of child \nsexual abuse material',
		joined:
			'73% of surveyed countries have procedures to enable the removal or blocking of child sexual abuse material',
		at: [0, 3],
		heading: null
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: 'Over two-thirds',
		source_ref: 'Takedown procedures and reporting: Current status, lines 4031-4034',
		value_kind: 'words',
		agrees: true,
		raw: 'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have \nprocedures to remove or block child sexual abuse material (see \nFigure 11 for an overview of industry responses to online child \nsexual exploitation and abuse in the countries surveyed).',
		joined:
			'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have procedures to remove or block child sexual abuse material (see Figure 11 for an overview of industry responses to online child sexual exploitation and abuse in the countries surveyed).',
		at: [0, 15],
		heading: 'Takedown procedures \nand reporting'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '73 per cent',
		source_ref: 'Takedown procedures and reporting: Current status, lines 4031-4034',
		value_kind: 'pct',
		agrees: true,
		raw: 'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have \nprocedures to remove or block child sexual abuse material (see \nFigure 11 for an overview of industry responses to online child \nsexual exploitation and abuse in the countries surveyed).',
		joined:
			'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have procedures to remove or block child sexual abuse material (see Figure 11 for an overview of industry responses to online child sexual exploitation and abuse in the countries surveyed).',
		at: [39, 50],
		heading: 'Takedown procedures \nand reporting'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '30 of 41',
		source_ref: 'Takedown procedures and reporting: Current status, lines 4031-4034',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have \nprocedures to remove or block child sexual abuse material (see \nFigure 11 for an overview of industry responses to online child \nsexual exploitation and abuse in the countries surveyed).',
		joined:
			'Over two-thirds of surveyed countries (73 per cent, 30 of 41) have procedures to remove or block child sexual abuse material (see Figure 11 for an overview of industry responses to online child sexual exploitation and abuse in the countries surveyed).',
		at: [52, 60],
		heading: 'Takedown procedures \nand reporting'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: 'over half',
		source_ref: 'Key findings, lines 693-697',
		value_kind: 'words',
		agrees: true,
		raw: 'Innovative solution development and corporate social \nresponsibility: Government engages industry and proactively \nencourages innovative solution development and corporate social \nresponsibility in over half of surveyed countries (61 per cent, 25 of \n4126).',
		joined:
			'Innovative solution development and corporate social responsibility: Government engages industry and proactively encourages innovative solution development and corporate social responsibility in over half of surveyed countries (61 per cent, 25 of 4126).',
		at: [198, 207],
		heading: null
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '61 per cent',
		source_ref: 'Key findings, lines 693-697',
		value_kind: 'pct',
		agrees: true,
		raw: 'Innovative solution development and corporate social \nresponsibility: Government engages industry and proactively \nencourages innovative solution development and corporate social \nresponsibility in over half of surveyed countries (61 per cent, 25 of \n4126).',
		joined:
			'Innovative solution development and corporate social responsibility: Government engages industry and proactively encourages innovative solution development and corporate social responsibility in over half of surveyed countries (61 per cent, 25 of 4126).',
		at: [231, 242],
		heading: null
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '25 of 41',
		source_ref: 'Key findings, lines 693-697',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Innovative solution development and corporate social \nresponsibility: Government engages industry and proactively \nencourages innovative solution development and corporate social \nresponsibility in over half of surveyed countries (61 per cent, 25 of \n4126).',
		joined:
			'Innovative solution development and corporate social responsibility: Government engages industry and proactively encourages innovative solution development and corporate social responsibility in over half of surveyed countries (61 per cent, 25 of 4126).',
		at: [244, 253],
		heading: null
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '25 out of 41',
		source_ref: 'Key findings call-out, lines 709-715',
		value_kind: 'fraction',
		agrees: true,
		raw: 'of surveyed countries have \ngovernments that engage industry \nand proactively encourage \ninnovative solution development and \ncorporate social responsibility\n\n25 out of 41',
		joined:
			'of surveyed countries have governments that engage industry and proactively encourage innovative solution development and corporate social responsibility  25 out of 41',
		at: [159, 171],
		heading: null
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: 'over half',
		source_ref:
			'Innovative solution development and corporate social responsibility: Current status, lines 4241-4245',
		value_kind: 'words',
		agrees: true,
		raw: 'In over half \nof surveyed countries (61 per cent, 25 of 41), the government \nengages industry and proactively encourages innovative solution \ndevelopment and corporate social responsibility.',
		joined:
			'In over half of surveyed countries (61 per cent, 25 of 41), the government engages industry and proactively encourages innovative solution development and corporate social responsibility.',
		at: [3, 12],
		heading: 'Innovative solution development \nand corporate social responsibility'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '61 per cent',
		source_ref:
			'Innovative solution development and corporate social responsibility: Current status, lines 4241-4245',
		value_kind: 'pct',
		agrees: true,
		raw: 'In over half \nof surveyed countries (61 per cent, 25 of 41), the government \nengages industry and proactively encourages innovative solution \ndevelopment and corporate social responsibility.',
		joined:
			'In over half of surveyed countries (61 per cent, 25 of 41), the government engages industry and proactively encourages innovative solution development and corporate social responsibility.',
		at: [37, 48],
		heading: 'Innovative solution development \nand corporate social responsibility'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '25 of 41',
		source_ref:
			'Innovative solution development and corporate social responsibility: Current status, lines 4241-4245',
		value_kind: 'fraction',
		agrees: true,
		raw: 'In over half \nof surveyed countries (61 per cent, 25 of 41), the government \nengages industry and proactively encourages innovative solution \ndevelopment and corporate social responsibility.',
		joined:
			'In over half of surveyed countries (61 per cent, 25 of 41), the government engages industry and proactively encourages innovative solution development and corporate social responsibility.',
		at: [50, 58],
		heading: 'Innovative solution development \nand corporate social responsibility'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: 'over half',
		source_ref: 'Key findings, lines 719-722',
		value_kind: 'words',
		agrees: true,
		raw: 'Not all countries answered this question\n Ethical and informed media reporting: The government supports \nethical, informed and balanced media reporting of child sexual \nexploitation and abuse in over half of surveyed countries (54 \nper cent, 23 of 42).',
		joined:
			'Not all countries answered this question Ethical and informed media reporting: The government supports ethical, informed and balanced media reporting of child sexual exploitation and abuse in over half of surveyed countries (54 per cent, 23 of 42).',
		at: [195, 204],
		heading: null
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '54 per cent',
		source_ref: 'Key findings, lines 719-722',
		value_kind: 'pct',
		agrees: false,
		raw: 'Not all countries answered this question\n Ethical and informed media reporting: The government supports \nethical, informed and balanced media reporting of child sexual \nexploitation and abuse in over half of surveyed countries (54 \nper cent, 23 of 42).',
		joined:
			'Not all countries answered this question Ethical and informed media reporting: The government supports ethical, informed and balanced media reporting of child sexual exploitation and abuse in over half of surveyed countries (54 per cent, 23 of 42).',
		at: [228, 240],
		heading: null
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '23 of 42',
		source_ref: 'Key findings, lines 719-722',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Not all countries answered this question\n Ethical and informed media reporting: The government supports \nethical, informed and balanced media reporting of child sexual \nexploitation and abuse in over half of surveyed countries (54 \nper cent, 23 of 42).',
		joined:
			'Not all countries answered this question Ethical and informed media reporting: The government supports ethical, informed and balanced media reporting of child sexual exploitation and abuse in over half of surveyed countries (54 per cent, 23 of 42).',
		at: [242, 250],
		heading: null
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: 'Over half',
		source_ref: 'Ethical and informed media reporting: Current status, lines 4379-4383',
		value_kind: 'words',
		agrees: true,
		raw: 'Over half of surveyed countries (54 per cent, 23 of 42) \nresponded positively (see Figure 17 for an overview of the media \nand communications responses in the countries surveyed).',
		joined:
			'Over half of surveyed countries (54 per cent, 23 of 42) responded positively (see Figure 17 for an overview of the media and communications responses in the countries surveyed).',
		at: [0, 9],
		heading: 'Ethical and informed  \nmedia reporting'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '54 per cent',
		source_ref: 'Ethical and informed media reporting: Current status, lines 4379-4383',
		value_kind: 'pct',
		agrees: false,
		raw: 'Over half of surveyed countries (54 per cent, 23 of 42) \nresponded positively (see Figure 17 for an overview of the media \nand communications responses in the countries surveyed).',
		joined:
			'Over half of surveyed countries (54 per cent, 23 of 42) responded positively (see Figure 17 for an overview of the media and communications responses in the countries surveyed).',
		at: [33, 44],
		heading: 'Ethical and informed  \nmedia reporting'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '23 of 42',
		source_ref: 'Ethical and informed media reporting: Current status, lines 4379-4383',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Over half of surveyed countries (54 per cent, 23 of 42) \nresponded positively (see Figure 17 for an overview of the media \nand communications responses in the countries surveyed).',
		joined:
			'Over half of surveyed countries (54 per cent, 23 of 42) responded positively (see Figure 17 for an overview of the media and communications responses in the countries surveyed).',
		at: [46, 54],
		heading: 'Ethical and informed  \nmedia reporting'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: 'Half',
		source_ref: 'Key findings, lines 726-728',
		value_kind: 'words',
		agrees: true,
		raw: 'Universal terminology: Half of the surveyed countries (50 per \ncent, 21 of 42) have discussed or adopted universally agreed \nterminology.',
		joined:
			'Universal terminology: Half of the surveyed countries (50 per cent, 21 of 42) have discussed or adopted universally agreed terminology.',
		at: [23, 27],
		heading: null
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '50 per cent',
		source_ref: 'Key findings, lines 726-728',
		value_kind: 'pct',
		agrees: true,
		raw: 'Universal terminology: Half of the surveyed countries (50 per \ncent, 21 of 42) have discussed or adopted universally agreed \nterminology.',
		joined:
			'Universal terminology: Half of the surveyed countries (50 per cent, 21 of 42) have discussed or adopted universally agreed terminology.',
		at: [55, 67],
		heading: null
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '21 of 42',
		source_ref: 'Key findings, lines 726-728',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Universal terminology: Half of the surveyed countries (50 per \ncent, 21 of 42) have discussed or adopted universally agreed \nterminology.',
		joined:
			'Universal terminology: Half of the surveyed countries (50 per cent, 21 of 42) have discussed or adopted universally agreed terminology.',
		at: [69, 77],
		heading: null
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: 'Half',
		source_ref: 'Universal terminology: Current status, lines 4465-4466',
		value_kind: 'words',
		agrees: true,
		raw: 'Half of the surveyed countries (50 per cent, 21 of 42) have \ndebated, discussed or adopted universally agreed terminology.',
		joined:
			'Half of the surveyed countries (50 per cent, 21 of 42) have debated, discussed or adopted universally agreed terminology.',
		at: [0, 4],
		heading: 'Universal terminology'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '50 per cent',
		source_ref: 'Universal terminology: Current status, lines 4465-4466',
		value_kind: 'pct',
		agrees: true,
		raw: 'Half of the surveyed countries (50 per cent, 21 of 42) have \ndebated, discussed or adopted universally agreed terminology.',
		joined:
			'Half of the surveyed countries (50 per cent, 21 of 42) have debated, discussed or adopted universally agreed terminology.',
		at: [32, 43],
		heading: 'Universal terminology'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '21 of 42',
		source_ref: 'Universal terminology: Current status, lines 4465-4466',
		value_kind: 'fraction',
		agrees: true,
		raw: 'Half of the surveyed countries (50 per cent, 21 of 42) have \ndebated, discussed or adopted universally agreed terminology.',
		joined:
			'Half of the surveyed countries (50 per cent, 21 of 42) have debated, discussed or adopted universally agreed terminology.',
		at: [45, 53],
		heading: 'Universal terminology'
	}
];

export const REVIEW_CORPUS_SKIPPED: Skipped[] = [
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 countries',
		source_ref: 'Key findings, lines 364-364',
		reason: 'printed as the base of another claim ("of the …")'
	},
	{
		indicator_id: 'x-countries-reviewed',
		printed: '42 countries',
		source_ref: 'Methodology, lines 911-911',
		reason: 'printed as the base of another claim ("of the …")'
	},
	{
		indicator_id: 'x-mnr-used-reference',
		printed: '39 countries',
		source_ref: 'Footnote 37, lines 1048-1048',
		reason: 'a base ("of the 42 countries"), part of another claim'
	},
	{
		indicator_id: 'x-mnr-used-reference',
		printed: '35',
		source_ref: 'Figure 2, lines 1029-1041',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'x-mnr-used-policy',
		printed: '26',
		source_ref: 'Figure 2, lines 1032-1042',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'x-mnr-used-capabilities',
		printed: '23',
		source_ref: 'Figure 2, lines 1035-1042',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'x-mnr-used-progress',
		printed: '15',
		source_ref: 'Figure 2, lines 1038-1044',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '76',
		source_ref: 'Figure 1, lines 384-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '24',
		source_ref: 'Figure 1, lines 384-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '76%',
		source_ref: 'Figure 3, lines 1110-1122',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c01-governance-mechanism',
		printed: '24%',
		source_ref: 'Figure 3, lines 1110-1122',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '83',
		source_ref: 'Figure 1, lines 394-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '17',
		source_ref: 'Figure 1, lines 394-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '83%',
		source_ref: 'Figure 3, lines 1110-1122',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c02-research-analysis-monitoring',
		printed: '17%',
		source_ref: 'Figure 3, lines 1110-1122',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-criminalize-possession',
		printed: '100',
		source_ref: 'Figure 4, lines 1850-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-criminalize-possession',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-criminalize-tech-facilitated',
		printed: '100',
		source_ref: 'Figure 4, lines 1850-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-criminalize-tech-facilitated',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-isp-reporting',
		printed: '8',
		source_ref: 'Key findings, lines 465-474',
		reason: 'call-out whose number the extraction printed apart from its words'
	},
	{
		indicator_id: 'c03-hic-isp-reporting',
		printed: '53',
		source_ref: 'Figure 4, lines 1850-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-isp-reporting',
		printed: '47',
		source_ref: 'Figure 4, lines 1850-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-isp-reporting',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-sex-offender-register',
		printed: '53',
		source_ref: 'Figure 4, lines 1850-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-sex-offender-register',
		printed: '47',
		source_ref: 'Figure 4, lines 1850-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-sex-offender-register',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-criminalize-non-penetrative',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-criminalize-penetrative',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-child-friendly-accused',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-mandatory-reporting-professions',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-grooming-intent-to-meet',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-background-checks',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c03-hic-grooming-regardless-intent',
		printed: '15',
		source_ref: 'Figure 4, lines 1896-1898',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c04-law-enforcement',
		printed: '100',
		source_ref: 'Figure 1, lines 418-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c04-law-enforcement',
		printed: '100%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '88',
		source_ref: 'Figure 1, lines 386-386',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '12',
		source_ref: 'Figure 1, lines 386-386',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '88%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c05-judiciary-prosecutors',
		printed: '12%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '71',
		source_ref: 'Figure 1, lines 406-406',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '29',
		source_ref: 'Figure 1, lines 406-406',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '71%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '29%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c06-offender-management',
		printed: '42',
		source_ref: 'Offender management process: Current status, lines 2624-2624',
		reason: 'a base ("of the 42 countries"), part of another claim'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '13',
		source_ref: 'Key findings, lines 518-519',
		reason: 'printed as the base of another claim ("of the …")'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '69',
		source_ref: 'Figure 1, lines 388-388',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '31',
		source_ref: 'Figure 1, lines 388-388',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '69%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '31%',
		source_ref: 'Figure 5, lines 2124-2138',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '42',
		source_ref: 'Access to image databases: Current status, lines 2781-2782',
		reason: 'a base ("of the 42 countries"), part of another claim'
	},
	{
		indicator_id: 'c07-icse-connected',
		printed: '13',
		source_ref: 'Access to image databases: Gaps, challenges and lessons learned, lines 2834-2834',
		reason: 'printed as the base of another claim ("of the …")'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '69',
		source_ref: 'Figure 1, lines 390-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: '31',
		source_ref: 'Figure 1, lines 390-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c08-end-to-end-support',
		printed: 'Of the 42 countries',
		source_ref: 'End-to-end support: Current status, lines 2893-2894',
		reason: 'a base ("of the 42 countries"), part of another claim'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '83',
		source_ref: 'Figure 1, lines 392-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '17',
		source_ref: 'Figure 1, lines 392-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c09-child-protection-workforce',
		printed: '83%',
		source_ref: 'Key findings call-out (Domain 3), lines 576-612',
		reason: 'call-out whose number the extraction printed apart from its words'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '81',
		source_ref: 'Figure 1, lines 396-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '19',
		source_ref: 'Figure 1, lines 396-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: '34 out of 42',
		source_ref: 'Key findings call-out (Domain 3), lines 584-610',
		reason: 'call-out whose number the extraction printed apart from its words'
	},
	{
		indicator_id: 'c10-remedies-reparations',
		printed: 'Of the 42 countries surveyed',
		source_ref:
			'Compensation, remedies and complaints arrangements: Current status, lines 3167-3168',
		reason: 'a base ("of the 42 countries"), part of another claim'
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '95',
		source_ref: 'Figure 1, lines 398-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c11-child-helpline',
		printed: '5',
		source_ref: 'Figure 1, lines 398-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c12-hotline',
		printed: '90',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c12-hotline',
		printed: '10',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c12-hotline',
		printed: '42 countries',
		source_ref: 'Hotline: Current status, lines 3360-3365',
		reason: 'a base ("of the 42 countries"), part of another claim'
	},
	{
		indicator_id: 'c13-education',
		printed: '76',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c13-education',
		printed: '24',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c13-education',
		printed: '76%',
		source_ref: 'Key findings Domain 4 call-out, lines 655-670',
		reason: 'call-out whose number the extraction printed apart from its words'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '71',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c14-child-participation',
		printed: '29',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '59',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '41',
		source_ref: 'Figure 1, lines 382-420',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c15-offender-support',
		printed: '59%',
		source_ref: 'Key findings Domain 4 call-out, lines 655-670',
		reason: 'call-out whose number the extraction printed apart from its words'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '73',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '27',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '73%',
		source_ref: 'Figure 11, lines 4042-4059',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c16-takedown-procedures',
		printed: '27%',
		source_ref: 'Figure 11, lines 4042-4059',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '61',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '39',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '61%',
		source_ref: 'Figure 11, lines 4042-4059',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c18-industry-engagement',
		printed: '39%',
		source_ref: 'Figure 11, lines 4042-4059',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '55',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '45',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '55%',
		source_ref: 'Figure 12, lines 4405-4423',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c20-media-reporting-support',
		printed: '45%',
		source_ref: 'Figure 12, lines 4405-4423',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '21 out of 42',
		source_ref: 'Key findings call-out, lines 738-743',
		reason: 'printed words not found in the cited lines'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '50',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '50',
		source_ref: 'Figure 1, lines 392-418',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '50%',
		source_ref: 'Figure 12, lines 4405-4423',
		reason: 'chart value: the extraction prints it apart from its label'
	},
	{
		indicator_id: 'c21-universal-terminology',
		printed: '50%',
		source_ref: 'Figure 12, lines 4405-4423',
		reason: 'chart value: the extraction prints it apart from its label'
	}
];

/** Numbers the review prints that are not its figures (data/exclusions.csv), in their sentences. */
export const REVIEW_DECOYS: Decoy[] = [
	{
		printed: 'over 70 countries',
		source_ref: 'Box 2 Safe Online, lines 1065-1065',
		reason: 'Reach of all Safe Online projects worldwide, not a figure about the review countries',
		raw: 'Since 2016, Safe Online has invested a total of US$48 million in 60 projects40 with impact in over 70 countries, and in \n2022 will announce new investments for over US$20 million across three strategic areas: system strengthening, evidence \ngeneration and technology solutions.',
		joined:
			'Since 2016, Safe Online has invested a total of US$48 million in 60 projects40 with impact in over 70 countries, and in 2022 will announce new investments for over US$20 million across three strategic areas: system strengthening, evidence generation and technology solutions.',
		at: [94, 111]
	},
	{
		printed: '60 projects',
		source_ref: 'Box 2 Safe Online, lines 1065-1065',
		reason: 'Number of Safe Online projects funded since 2016, not a country figure',
		raw: 'Since 2016, Safe Online has invested a total of US$48 million in 60 projects40 with impact in over 70 countries, and in \n2022 will announce new investments for over US$20 million across three strategic areas: system strengthening, evidence \ngeneration and technology solutions.',
		joined:
			'Since 2016, Safe Online has invested a total of US$48 million in 60 projects40 with impact in over 70 countries, and in 2022 will announce new investments for over US$20 million across three strategic areas: system strengthening, evidence generation and technology solutions.',
		at: [65, 76]
	},
	{
		printed: 'six domains with 21 capabilities',
		source_ref: 'A focus on the Model National Response, lines 861-861',
		reason: 'Structure of the MNR framework, not a survey figure',
		raw: 'The MNR sets out six domains with 21 capabilities, as follows:',
		joined: 'The MNR sets out six domains with 21 capabilities, as follows:',
		at: [17, 49]
	},
	{
		printed: '11 specific areas',
		source_ref: 'Legislation: Current status, lines 1815-1817',
		reason:
			'Number of legislative areas asked about in the high-income survey, not a count of countries.',
		raw: 'While a comprehensive analysis was beyond the scope of this \nreview,79 the survey for high-income countries asked government \nrespondents to indicate if laws existed in 11 specific areas.',
		joined:
			'While a comprehensive analysis was beyond the scope of this review,79 the survey for high-income countries asked government respondents to indicate if laws existed in 11 specific areas.',
		at: [169, 186]
	},
	{
		printed: 'Over 600 respondents',
		source_ref: 'Box 5, lines 2263-2266',
		reason:
			'Individual respondents to the VGT psychological care survey of law enforcement staff, not countries',
		raw: 'Over 600 respondents completed the survey, resulting in the development of \nrecommendations for promising practices.',
		joined:
			'Over 600 respondents completed the survey, resulting in the development of recommendations for promising practices.',
		at: [0, 20]
	},
	{
		printed: '18 district and metropolitan offices',
		source_ref: 'Table 6, lines 2396-2397',
		reason: 'Number of Korean prosecution offices hosting a unit, not a country figure',
		raw: 'Republic of Korea: Special investigation unit on digital sex crimes \nestablished in 18 district and metropolitan offices nationwide',
		joined:
			'Republic of Korea: Special investigation unit on digital sex crimes established in 18 district and metropolitan offices nationwide',
		at: [84, 120]
	},
	{
		printed: 'over 2,000 magistrates',
		source_ref: 'Table 8, lines 2500-2502',
		reason: 'Number of Belgian magistrates to be trained, not a country figure',
		raw: 'The Judicial Training Institute is developing the training to be rolled out to \nover 2,000 magistrates nationwide.',
		joined:
			'The Judicial Training Institute is developing the training to be rolled out to over 2,000 magistrates nationwide.',
		at: [80, 102]
	},
	{
		printed: 'over 400 posts',
		source_ref: 'Footnote 90, lines 2307-2307',
		reason: 'UK National Crime Agency staff posts, not a country figure',
		raw: 'For example, the UK stated the NCA has over 400 posts dedicated to tackling child sexual abuse with other resources available to ‘flex’ to support as required.',
		joined:
			'For example, the UK stated the NCA has over 400 posts dedicated to tackling child sexual abuse with other resources available to ‘flex’ to support as required.',
		at: [39, 53]
	},
	{
		printed: '201698',
		source_ref: 'Table 9, lines 2700-2700',
		reason: 'A year (2016) with a footnote number printed after it, not a count of countries.',
		raw: 'United States: Legislation passed in 201698 mandates a notification system to other countries \nwhere registered offenders travel.',
		joined:
			'United States: Legislation passed in 201698 mandates a notification system to other countries where registered offenders travel.',
		at: [37, 43]
	},
	{
		printed: '143 countries',
		source_ref: 'Footnote 110, lines 3101-3101',
		reason:
			'Number of countries UNICEF supported on social service workforce strengthening in 2020, cited from a UNICEF report; not a figure from this survey',
		raw: 'For example, in 2020, UNICEF supported 143 countries in this work: United Nations Children’s Fund, Global Annual Results Report 2020: Goal Area 3, Every Child Is',
		joined:
			'For example, in 2020, UNICEF supported 143 countries in this work: United Nations Children’s Fund, Global Annual Results Report 2020: Goal Area 3, Every Child Is',
		at: [39, 52]
	},
	{
		printed: 'At least two survey respondents',
		source_ref: 'Child helpline: Current status, lines 3312-3313',
		reason:
			'Qualitative count of respondents describing helpline improvement efforts; not a published capability aggregate',
		raw: 'At least two \nsurvey respondents described efforts to improve utilization and \nservice delivery, including the possible use of artificial intelligence \nin prioritization for counselling support and intervention.',
		joined:
			'At least two survey respondents described efforts to improve utilization and service delivery, including the possible use of artificial intelligence in prioritization for counselling support and intervention.',
		at: [0, 32]
	},
	{
		printed: '34 Sunflower Centres',
		source_ref: 'Table 11 Republic of Korea, lines 2957-2958',
		reason:
			'Number of centres in one country in 2021 (coincides with the 34 of capabilities 9 and 10 by chance); not a survey figure',
		raw: 'In 2021, there were 34 Sunflower Centres \nnationwide.',
		joined: 'In 2021, there were 34 Sunflower Centres nationwide.',
		at: [20, 40]
	},
	{
		printed: '65 Thukela Care Centres',
		source_ref: 'Table 11 South Africa, lines 2988-2989',
		reason: 'Number of care centres in one country; not a survey figure',
		raw: 'The government has established 65 Thukela \nCare Centres providing professional medical care, counselling and access to investigators \nand prosecutors to victims of sexual violence.',
		joined:
			'The government has established 65 Thukela Care Centres providing professional medical care, counselling and access to investigators and prosecutors to victims of sexual violence.',
		at: [31, 55]
	},
	{
		printed: '90 per cent',
		source_ref: 'Hotline: Current status, lines 3378-3380',
		reason: 'Share of NCMEC CyberTips that are international, not a share of surveyed countries',
		raw: 'Around 90 per cent of CyberTips are international.',
		joined: 'Around 90 per cent of CyberTips are international.',
		at: [7, 18]
	},
	{
		printed: '4.1 per cent',
		source_ref: 'Footnote 143, lines 3950-3956',
		reason:
			'Reoffending difference for New Zealand treatment-programme graduates versus a control sample, not a country figure',
		raw: 'The available studies show that an individual who has graduated from Kia Mārama or Te Piriti is less likely to reoffend than a control sample (4.1 per \ncent lower, as at 2015).',
		joined:
			'The available studies show that an individual who has graduated from Kia Mārama or Te Piriti is less likely to reoffend than a control sample (4.1 per cent lower, as at 2015).',
		at: [143, 156]
	},
	{
		printed: 'over 90 per cent',
		source_ref: 'Table 18 New Zealand, lines 4130-4135',
		reason:
			'share of home internet users who opted into the voluntary DIA filter, not a share of surveyed countries',
		raw: 'This filter is voluntary, with most major ISPs and over 90 per cent of home users opting in.',
		joined:
			'This filter is voluntary, with most major ISPs and over 90 per cent of home users opting in.',
		at: [51, 67]
	},
	{
		printed: '85–90 per cent',
		source_ref: 'Table 18 Sweden, lines 4137-4142',
		reason:
			'share of Swedish internet subscribers covered by voluntary ISP blocking, not a share of surveyed countries',
		raw: 'The voluntary cooperation covers 85–90 per cent of internet subscribers in Sweden.',
		joined: 'The voluntary cooperation covers 85–90 per cent of internet subscribers in Sweden.',
		at: [33, 47]
	},
	{
		printed: 'five Country Ministerial government partners',
		source_ref: 'Box 6, lines 4261-4263',
		reason:
			'the Five Country Ministerial governments that issued the Voluntary Principles; a description of a partnership, not a survey figure',
		raw: 'Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse\nIn March 2020, the five Country Ministerial government partners (Australia, Canada, New Zealand, United Kingdom and the \nUnited States) released the Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse.',
		joined:
			'Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse In March 2020, the five Country Ministerial government partners (Australia, Canada, New Zealand, United Kingdom and the United States) released the Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse.',
		at: [94, 138]
	},
	{
		printed: 'five countries',
		source_ref: 'Box 6, lines 4265-4266',
		reason:
			'refers again to the five governments behind the Voluntary Principles, not a survey figure',
		raw: 'Developed by the five countries in consultation with six leading platforms (Facebook, Google, Microsoft, Roblox, Snap and \nTwitter), the Voluntary Principles provide a high-level, best practice framework for online platforms and service providers \nin their efforts to combat child sexual exploitation and abuse.',
		joined:
			'Developed by the five countries in consultation with six leading platforms (Facebook, Google, Microsoft, Roblox, Snap and Twitter), the Voluntary Principles provide a high-level, best practice framework for online platforms and service providers in their efforts to combat child sexual exploitation and abuse.',
		at: [17, 31]
	},
	{
		printed: 'five countries',
		source_ref: 'Box 6, lines 4270-4271',
		reason:
			'refers again to the five governments behind the Voluntary Principles, not a survey figure',
		raw: 'The five countries have partnered with the Alliance to promote and support the adoption of the Voluntary Principles at a \nglobal level to drive uptake, implementation and collective industry action.',
		joined:
			'The five countries have partnered with the Alliance to promote and support the adoption of the Voluntary Principles at a global level to drive uptake, implementation and collective industry action.',
		at: [4, 18]
	},
	{
		printed: 'five Country Ministerial partners',
		source_ref: 'Box 6, lines 4273-4276',
		reason:
			'refers again to the five governments behind the Voluntary Principles, not a survey figure',
		raw: 'To encourage \nparticipation and endorsement, five Country Ministerial partners and other industry stakeholders are engaging with industry \nplayers to raise awareness of the Voluntary Principles and highlight how a broader range of stakeholders can use them.',
		joined:
			'To encourage participation and endorsement, five Country Ministerial partners and other industry stakeholders are engaging with industry players to raise awareness of the Voluntary Principles and highlight how a broader range of stakeholders can use them.',
		at: [45, 78]
	}
];
