// Common first names of people living in the Netherlands, for the name detector.
//
// Source: compiled by hand for this project (a subset of frequent names, no file copied) with the public
// popularity rankings of the Meertens Instituut's Nederlandse Voornamenbank and the CBS/SVB lists of
// popular baby names (1960-2020) as reference, plus names common among Dutch pupils and parents of
// Turkish, Moroccan, Surinamese, Antillean, Moluccan, Polish, Syrian, Eritrean and Ukrainian descent.
// Individual names are facts, not protected works; this compilation is part of the project and
// carries its licence. Names that are also ordinary Dutch words are listed in ordinary-words.ts.
import { words } from './words.js';

const dutchBoys = words(`
  Aaron Abel Adam Adriaan Adrianus Albert Alex Alexander Alwin Anton Antonie Arend Arie Arjan Arjen Arno Arnold
  Arthur Barend Bart Bas Bastiaan Ben Benjamin Bennie Berend Bernard Bert Bob Boaz Boris Bouke Bram
  Brent Bryan Caspar Casper Cas Cees Christiaan Chris Christian Christopher Coen Colin Cor Cornelis Daan Daniel
  Daniël Dani Danny Dave David Dean Dennis Derk Dex Dick Diederik Dion Dirk Douwe Dries Duco Dylan Eddy Edwin
  Eelco Egbert Elias Emiel Emile Erik Eric Ernst Erwin Evert Ewout Ezra Fabian Fedde Felix Ferdinand Finn Floris
  Frank Frans Freek Frederik Frits Gabriel Gerard Gerben Gerrit Gert Gerrie Gijs Gijsbert Gilles Gerco Guido
  Guus Hajo Han Hans Harm Harold Hein Hendrik Henk Henri Herman Hessel Hidde Hielke Hubert Hugo Huub Ian Ids
  Isaac Isaak Ivo Jaap Jack Jacob Jacobus Jakob Jan Janneke Jannes Jari Jarno Jason Jasper Jayden Jeffrey
  Jelle Jelmer Jelte Jens Jeroen Jesper Jesse Jim Jimmy Jip Job Jochem Joep Joey Johan Johannes John Jonas
  Jonathan Joost Jop Jordi Jordy Joris Jorn Jorrit Jort Jos Joshua Josse Jouke Julian Julius Jurre Jurriaan
  Justin Kai Kasper Kay Kees Kevin Kjell Klaas Koen Kris Lars Laurens Lennard Lennart Leo Levi Lex Liam
  Loek Lorenzo Luc Luca Lucas Luka Lukas Luuk Maarten Marc Marcel Marco Marijn Mario Mark Mart Martijn Martin
  Mathijs Mats Matteo Matthijs Maurice Maurits Max Mees Melle Menno Merijn Michael Michel Michiel Mick Mike
  Milan Milo Moos Morris Nathan Nick Nicolaas Niek Niels Nils Noah Noud Olaf Oliver Olivier Oscar Otis Owen
  Pascal Patrick Paul Pepijn Peter Philip Pieter Piet Pim Quinn Quinten Raf Ralph Reinier Rein Remco Remy René
  Richard Rick Rik Rinus Rob Robbert Robert Robin Roel Rogier Roan Ronald Ronnie Roy Ruben Rutger Ruud Ryan
  Sam Samuel Sander Sebas Sebastiaan Sem Seth Siebe Siem Sietse Sil Simon Sjaak Sjoerd Sjors Stan Stefan Sten
  Steven Stijn Storm Sven Sybren Taco Teije Teun Theo Thijmen Thijs Thom Thomas Ties Tijmen Tijn Tim Timo Tobias
  Tom Tommy Ton Tristan Twan Tygo Valentijn Vico Victor Vigo Vince Vincent Wessel Willem Wim Wouter Wout
  Xander Xavi Yannick Yorick Youri Yuri Yoran Zeb Zico Sep Sepp Kyan Kyano Bodhi Jace Joah Jax Mika
  Lou Bink Flynn Giel Nout Olle Pelle Rowan Stef Thije Tieme Wiebe Wilco
`);

const dutchGirls = words(`
  Aafke Aaltje Adriana Agnes Aleida Alida Amber Amy Anita Anja Anke Anna Anne Anneke Annelies Annemarie Annemiek
  Annemieke Annet Annette Annika Anouk Astrid Babette Bente Benthe Bianca Bo Brenda Britt Carla Carlijn Carolien
  Caroline Charlotte Chantal Cindy Claudia Cora Corine Corrie Dana Danielle Daniëlle Daphne Demi Denise Dewi
  Diana Dieuwke Dineke Dorien Dominique Eline Elin Elise Elisa Elisabeth Elize Ella Ellen Elly Els Elsa Elske
  Emily Emilia Emma Esmee Esmée Esther Eva Evelien Evi Evie Fay Fenna Femke Fien Fleur Floor Floortje Feline Frida
  Gerda Gerdien Geertje Gwen Hanna Hannah Hanneke Hannie Helen Heleen Hester Hilde Ilona Ilse Imke Indy Ineke
  Inge Ingrid Iris Isa Isabel Isabella Isabelle Ivy Jacqueline Jade Jaimy Jana Janine Jantine Jara Jasmijn Jente
  Jet Jetske Jill Joanne Jolanda Jolien Joke Josephine Joy Judith Julia Julie Juul Karin Karen Kiki Kim Kirsten
  Lana Lara Laura Lauren Lea Leah Lieke Lieve Linda Lisa Lise Lisette Liv Liz Liza Loes Lola Lot Lotte Loïs Lois
  Lucy Luna Lynn Maaike Maartje Madelief Mae Maja Manon Margriet Marian Marianne Marieke Marije Marit Marjolein
  Marleen Marloes Martine Mariska Maud Maxime Mette Mia Mila Milou Mirjam Mirte Mirthe Monique Myrthe Naomi
  Nathalie Natasja Nicole Nienke Nina Noa Noëlle Noor Nora Nova Olivia Patricia Paula Petra Pien Pleun Puck
  Quinty Renate Ria Rianne Rita Romy Roos Roosmarijn Rosa Rosalie Rozemarijn Ruby Saar Sabine Sandra Sanne Sara
  Sarah Saskia Selma Senna Silke Simone Sofie Sofia Sonja Sophia Sophie Stella Sterre Suus Suzanne Tamara Tara
  Tess Tessa Tineke Tirza Truus Valerie Veerle Vera Wendy Wies Willemijn Wilma Yfke Yvette Yvonne Zara Zoë Zoey
  Zoé Yara Lina Jula Nola Norah Sienna Lizzy Livia Loua Hailey Jasmine Nadine Kelly Melissa Samantha
  Shirley Sharon Stephanie Tanja Merel Rozalie Eefje Fardau Guusje Jikke Jolijn Ymke
`);

const turkish = words(`
  Ahmet Alperen Arda Baran Batuhan Berat Berkay Burak Can Cem Efe Emir Emre Enes Eren Erkan Fatih Furkan
  Gökhan Hakan Halil Hasan Hüseyin Huseyin Kaan Kemal Kerem Mehmet Mert Metin Murat Oğuz Oguz Onur Orhan Osman
  Ömer Omer Ramazan Recep Selim Serkan Süleyman Suleyman Tarık Umut Uğur Ugur Volkan Yiğit Yigit Yunus
  Aslı Asli Ayşe Ayse Aylin Betül Buse Büşra Busra Cansu Ceren Defne Derya Dilara Duru Ebru Ecem Eda Elif Emine
  Esra Eylül Fatma Gizem Gül Hatice Hülya Ilayda İlayda Irem İrem Kübra Kubra Melek Melike Merve Meryem Nisa Nur
  Özlem Ozlem Rabia Selin Sena Sibel Songül Sude Tuba Yasemin Zehra Zeynep
`);

const moroccanAndArabic = words(`
  Abdel Abdelhak Abdelkader Abdellah Abderrahim Abdullah Abdul Achmed Ahmad Ahmed Ali Amin Amine Amir Anas Anass
  Anouar Ayoub Aziz Bilal Driss Faisal Fouad Hadi Hakim Hamza Hassan Hicham Hussein Ibrahim İbrahim Idriss Ilias
  Ilyas Imran Ismail Jamal Kinan Karim Khalid Mahmoud Mehdi Mohamad Mohamed Mohammad Mohammed Mohannad Mounir
  Mourad Moussa Muhammed Mustafa Nabil Najib Nasser Nordin Noureddine Nouh Omar Othman Otman Rachid Rafik Rami
  Rayan Reda Redouan Redouane Said Saïd Salah Samer Sami Samir Soufiane Sofian Sofyan Taha Tarek Tarik Tariq
  Walid Yaman Yassin Yassine Yazan Younes Yousef Youssef Yusuf Zakaria Zakariya Zouhair
  Aicha Aïcha Aisha Amina Amira Asma Asmae Aya Ayah Bouchra Btissam Chaima Chaimae Dania Dounia Dunya Fadoua
  Farah Fatima Ghizlane Hafsa Hajar Hanane Hiba Houda Ikram Ilham Iman Imane Inas Jamila Kawtar Khadija Khaoula
  Lamyae Latifa Layan Layla Leila Loubna Lujain Malika Manal Mariam Maroua Marwa Maryam Nadia Naima Nawal
  Nisrine Nour Noura Oumaima Rahaf Rama Rania Rim Safae Sahar Salma Samira Sana Sanae Shahed Sidra Siham
  Soukaina Soumaya Tasnim Wafae Yasmina Yasmine Yousra Zahra Zainab Zineb Zohra
`);

const surinameseAndAntillean = words(`
  Amit Anil Arvind Ashwin Deepak Dinesh Kiran Kishan Mahesh Naresh Radjesh Rajesh Rishi Rohit Sanjay Shiva
  Sunil Suresh Vikash Vishal Clarence Djaimy Dwayne Errol Gianni Giovanni Glenn Gregory Jairo Jermaine Kenneth
  Marvin Milano Quincy Randy Reginald Ricardo Romano Romario Shaquille Virgil Anjali Asha Devika Geeta Indira
  Jamilla Kavita Kimberley Kimberly Latoya Natasha Priya Radha Reshma Rina Seema Shakira Shanice Shanti
  Sharmila Sita Soraya Sunita Xiomara
`);

const polishAndEasternEuropean = words(`
  Adrian Aleksander Antoni Bartosz Dawid Filip Franciszek Igor Jakub Kacper Kamil Krzysztof Łukasz Lukasz Marcin
  Mateusz Michał Michal Oskar Paweł Pawel Piotr Szymon Tomasz Wiktor Wojciech Artem Andrii Bohdan Dmytro Maksym
  Oleksandr Vlad Vladyslav Agnieszka Aleksandra Alicja Amelia Dominika Ewa Gabriela Joanna Justyna Karolina
  Katarzyna Kinga Lena Magdalena Małgorzata Martyna Monika Natalia Oliwia Paulina Weronika Wiktoria Zofia
  Zuzanna Anastasiia Daria Iryna Kateryna Oksana Olena Sofiia Valeria Viktoria Yulia
`);

const eastAfricanAndOther = words(`
  Abdi Abdirahman Aram Berivan Dilan Farhan Filmon Haben Hamid Hodan Jawad Mulu Nasir Parisa Robel Rojin Selam
  Senait Yonas
`);

// Round 2: Frisian and West-Frisian names, more Antillean, Surinamese, Eritrean, Ethiopian, Somali, Syrian, Iraqi,
// Afghan and Moroccan names in their usual Dutch spellings, and the short forms and nicknames pupils go by.
const frisian = words(`
  Aukje Auke Baukje Bauke Bouwe Doutzen Eelke Femke Fokje Fokke Folkert Froukje Gerbrich Geartsje Gerlof Gosse
  Haitske Harmen Hylke Hiske Hinke Hiltsje Jaap Jelka Jeltje Jildou Jitske Jorien Klaske Lolkje Lutske Marrit Minke
  Nynke Oane Okke Pier Pytrik Reinder Rienk Rixt Romke Ruurd Sape Sieds Sietske Sjoerdje Sjoukje Sjoerd Sytse Teake
  Tjalling Tjeerd Tjitske Tjitte Tsjalle Uilke Wietske Willemke Wiebe Wieke Wytske Ymkje Yde Ype
`);

const caribbean = words(`
  Djaylano Djayden Djairo Djesley Djamilla Gino Giovanni Jairzinho Jurgen Jurmaine Kenrick Keshia Kevano Kimani
  Ludmilla Melvin Naomi Quincy Rigino Rudsel Ryangely Shakira Sharella Shanice Shurandy Shurwin Sulaika Tahiënna
  Xaviera Yanaira Yurick Zuleika Ravi Rishi Radj Sunil Anjali Priya Shanti Vishal Kiran Navin Ashwin Sanjay Reshma
  Sarita Sunita Soenita Kavita Nisha Dewika Rohan Amrit Devika Chaïma Quentely Jermaine Djoeke
`);

const eastAfricanAndMiddleEastern = words(`
  Abdelkarim Abdelkader Abdelhak Abdellah Abdelaziz Abderrahim Abdirahman Abdirizak Abdullahi Ahmad Ahmed Aisha Ali
  Amanuel Amir Amira Aram Asmara Awet Ayan Ayaan Aziz Bashir Berhane Bilal Biniam Dawit Delina Eyob Faisal Fatima
  Filmon Ghidey Habib Hadi Hagos Hamid Hamza Hana Haroun Hasan Hassan Hussein Ibrahim Idris Ilyas Iman Issa Jamal
  Jamila Kibrom Khaled Khalid Layla Lina Luwam Mahmoud Majd Malak Mariam Marwa Merhawi Mohammad Mohamad Muna Mustafa
  Nahom Nour Omar Qasim Rahaf Rami Rania Rawan Reem Rima Robel Ruta Saba Said Saleh Sami Samir Sana Selam Semhar
  Senait Shadi Sumaya Tareq Tesfay Tesfaye Tigist Tsega Wael Wafa Walid Yara Yonas Yohannes Yosief Yousef Zaid
  Zainab Zakaria Zeinab Ahmadzai Farid Farida Freshta Habiba Hamed Jawad Mahsa Mansour Masoud Morteza Nasrin Parwin
  Rahim Rahima Reza Shabnam Shirin Soraya Zahra Zohra Zakia Nadia Nawal Ouassima Soufiane Yassine Ilias Ilyass
  Mouad Othman Redouan Reda Ayoub Anas Bilal Zakaria Hajar Chaimae Salma Oumaima Hiba Douae Nisrine Imane Aya
`);

/** Short forms and nicknames that pupils go by ("Mo", "Ibo", "Sem"): names in practice, too short for the lists. */
const shortForms = words(`
  Mo Ibo Appie Abdel Ahmed Bo Cas Dex Dani Fien Gijs Guus Jip Jop Jes Joos Kay Lex Lou
  Luus Mats Moos Naud Nout Sep Sjors Sven Teun Tijn Ties Twan Xavi Yas Yus Benji Danny
  Jessy Jurre Kiki Lotje Mila Noa Nina Robbie Roeltje Sammie Timmie Tommie Wessie Jesje Fenna Loes Lieke Lotte
`);

export const FIRST_NAMES: readonly string[] = [
  ...frisian,
  ...caribbean,
  ...eastAfricanAndMiddleEastern,
  ...shortForms,
  ...dutchBoys,
  ...dutchGirls,
  ...turkish,
  ...moroccanAndArabic,
  ...surinameseAndAntillean,
  ...polishAndEasternEuropean,
  ...eastAfricanAndOther,
];
